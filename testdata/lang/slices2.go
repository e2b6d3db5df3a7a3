// Checks: slices sharing backing arrays, append aliasing, copy with overlap, and 3-index slices.
package main

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[3:6:6]
	a[1] = 30
	show("base", base)
	show("b", b)
	a = append(a, 40) // writes into base[5]
	show("base", base)
	b = append(b, 50) // cap exhausted: b moves
	b[0] = -1
	show("base", base)
	show("b", b)
	n := copy(base[1:], base) // overlapping copy
	show("shifted", base)
	println("copied", n)
	var nilS []int
	println(nilS == nil, len(nilS[:0]), len(append(nilS, 1)))
	grid := make([][]string, 3)
	for i := range grid {
		grid[i] = make([]string, i+1)
		for j := range grid[i] {
			grid[i][j] = string(rune('a' + i + j))
		}
	}
	println(grid[2][0] + grid[2][1] + grid[2][2])
}
