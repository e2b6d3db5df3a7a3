package main

type Grid [3][3]int

func sum(a [5]int) int {
	a[0] = 100 // a copy: the caller's array is unchanged
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func makeArr() [4]string {
	return [4]string{"a", "b", 3: "d"}
}

func main() {
	var a [5]int
	for i := 0; i < len(a); i++ {
		a[i] = i * i
	}
	b := a
	b[2] = -1
	println(a[2], b[2], len(a))
	println(sum(a), a[0])
	println(a == b, a != b)
	b[2] = 4
	println(a == b)

	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	h := g
	h[1][1] = 42
	println(g[1][1], h[1][1], g == h, len(g), len(g[0]))
	row := g[2]
	row[0] = 7
	println(g[2][0], row[0])

	s := makeArr()
	println(s[0], s[1], s[2] == "", s[3], makeArr()[3])

	c := [...]float64{1.5, 2.5, 4: 9}
	println(len(c), c[4], c[3])
	var big [20]int
	big2 := big
	println(big == big2)
	big2[19] = 1
	println(big == big2, big != big2)

	p := &a
	p[1] = 11
	println(a[1], (*p)[1], len(p))
	i := 3
	a[i] += 5
	a[i]++
	println(a[3])
	a[0], a[4] = a[4], a[0]
	println(a[0], a[4])
}
