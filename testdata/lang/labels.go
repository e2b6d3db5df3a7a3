// Checks: labeled break and continue across nested for-range loops and switches.
package main

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	sum := 0
outer:
	for r, row := range grid {
		for c, v := range row {
			switch {
			case v < 0:
				println("negative at", r, c)
				continue outer
			case v == 8:
				println("eight at", r, c)
				break outer
			}
			sum += v
		}
	}
	println("sum", sum)
	count := 0
rows:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j > i {
				continue rows
			}
			if i*j > 20 {
				break rows
			}
			count++
		}
	}
	println("count", count)
}
