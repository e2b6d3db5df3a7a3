package main

type P struct {
	X, Y int
	Name string
}

func show(s []int) {
	print(len(s), " ", cap(s), ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func appendN(s []int, n int) []int {
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	var s []int
	println(s == nil, len(s), cap(s))
	e := []int{}
	println(e == nil, len(e))

	// Capacity growth, exactly as gc.
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			print(cap(s), " ")
			last = cap(s)
		}
	}
	println()
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			print(cap(bs), " ")
			last = cap(bs)
		}
	}
	println()
	var ps []P
	last = -1
	for i := 0; i < 300; i++ {
		ps = append(ps, P{X: i})
		if cap(ps) != last {
			print(cap(ps), " ")
			last = cap(ps)
		}
	}
	println()
	var ts [][3]int16
	last = -1
	for i := 0; i < 300; i++ {
		ts = append(ts, [3]int16{})
		if cap(ts) != last {
			print(cap(ts), " ")
			last = cap(ts)
		}
	}
	println()

	m := make([]int, 3, 10)
	show(m)
	m2 := make([]string, 2)
	println(len(m2), cap(m2), m2[0] == "")
	show(append([]int{1, 2}, 3, 4, 5))
	show(append([]int{1, 2, 3}, []int{4, 5, 6, 7}...))
	show(appendN(nil, 5))
	a := []int{1, 2, 3, 4, 5}
	b := append(a[:2], 10)
	show(a)
	show(b)
	b2 := append(a[:2:2], 20)
	show(a)
	show(b2)

	x := []int{0, 1, 2, 3, 4, 5, 6, 7}
	show(x[2:5])
	show(x[:3])
	show(x[5:])
	show(x[:])
	show(x[2:4:6])
	y := x[1:3]
	show(y[:5])
	arr := [6]int{9, 8, 7, 6, 5, 4}
	as := arr[1:4]
	as[0] = 80
	println(arr[1])
	show(as)
	pa := &arr
	show(pa[3:])
	show(arr[:0])

	// copy
	dst := make([]int, 3)
	n := copy(dst, x)
	show(dst)
	println(n)
	n = copy(x[2:], x)
	show(x)
	println(n)
	buf := make([]byte, 5)
	n = copy(buf, "héllo")
	println(n, buf[0], buf[1], buf[2])

	// slices of slices and structs
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		show(row)
	}
	pts := []P{{1, 2, "a"}, {X: 3, Name: "b"}}
	pts[1].Y = 7
	pts = append(pts, P{5, 6, "c"})
	for i, p := range pts {
		println(i, p.X, p.Y, p.Name)
	}
	ptrs := []*P{{X: 1}, &pts[0]}
	ptrs[1].X = 100
	println(ptrs[0].X, pts[0].X)

	// swaps and op-assign on elements
	w := []int{1, 2, 3}
	w[0], w[2] = w[2], w[0]
	w[1] += 40
	w[1]++
	show(w)
	bb := append([]byte("ab"), "cd"...)
	println(string(bb), len(bb))
	var empty []int
	show(append(empty, empty...))
	show(x[8:])
}
