// Checks: array value semantics in assignment, calls and ranges; multi-dimensional arrays; comparison.
package main

type Matrix [3][3]int

func (m Matrix) Transposed() Matrix {
	var t Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func zero(a [4]int) [4]int {
	for i := range a {
		a[i] = 0
	}
	return a
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	z := zero(a)
	println(a[0], b[0], z[3], a == [4]int{1, 2, 3, 4}, a != b)
	var m Matrix
	n := 0
	for i := range m {
		for j := range m[i] {
			n++
			m[i][j] = n
		}
	}
	t := m.Transposed()
	println(m[0][1], t[0][1], t[2][0], m == t.Transposed())
	for i, v := range a {
		a[3-i] = v * 10 // ranging over a copy of a
	}
	println(a[0], a[1], a[2], a[3])
	p := &a
	p[1] = 7
	println(a[1], len(p))
}
