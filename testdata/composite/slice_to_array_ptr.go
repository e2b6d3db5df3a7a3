// Conversion of a slice to an array pointer (Go 1.17): shares the slice's
// array; panics when the slice is shorter; a nil slice gives nil.
package main

type Int4 [4]int
type PInt4 *[4]int

func main() {
	s := make([]byte, 8, 10)
	p := (*[8]byte)(s)
	p[3] = 42
	println(s[3], &p[0] == &s[0], len(p))
	q := (*[2]byte)(s[3:])
	println(q[0])
	var n []byte
	println((*[0]byte)(n) == nil, (*[0]byte)(make([]byte, 0)) != nil)
	ii := make([]int, 4)
	a, b := (*Int4)(ii), PInt4(ii)
	a[1], b[2] = 5, 6
	println(ii[1], ii[2])
	defer func() { println(recover().(error).Error()) }()
	_ = (*[9]byte)(s)
}
