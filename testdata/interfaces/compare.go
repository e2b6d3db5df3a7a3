package main

type K struct {
	a int
	s string
}

type I interface{ M() }

func (k K) M() {}

type Q int

func (q Q) M() {}

func main() {
	var a, b interface{} = 1, 1
	println(a == b)
	b = 2
	println(a == b, a != b)
	b = int64(1)
	println(a == b)
	a, b = "x", "x"
	println(a == b)
	a, b = K{1, "q"}, K{1, "q"}
	println(a == b)
	b = K{1, "r"}
	println(a == b)
	var i, j I = K{2, "z"}, K{2, "z"}
	println(i == j)
	j = Q(2)
	println(i == j)
	var k I = Q(2)
	println(j == k, k == Q(2), Q(3) == k)
	var n interface{}
	println(n == nil, a == nil, n == a)
	x := 3
	a, b = &x, &x
	println(a == b)
	println(a == 3, 3 == b)
	var e error
	println(e == nil)
}
