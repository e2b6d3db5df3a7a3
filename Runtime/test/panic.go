// panic.go: the gc program behind panic.expected (cases 1-14 by number of
// arguments, as in smoke_panic.c; 14 here slices a string). run.sh checks
// that gc's first lines match panic.expected.
package main

import "os"

type T int
type S string
type C complex128
type P struct{ x int }

var sink []int
var zero int
var neg = -1

func main() {
	s := []int{1, 2, 3}
	n := len(os.Args)
	switch n {
	case 1:
		panic("boom")
	case 2:
		println(s[n+3])
	case 3:
		println(n / zero)
	case 4:
		var p *P
		println(p.x)
	case 5:
		panic(T(5))
	case 6:
		panic(S("hi"))
	case 7:
		panic(C(complex(1, 2)))
	case 8:
		panic(&P{})
	case 9:
		println(s[:n+1])
	case 10:
		println(s[n:1])
	case 11:
		println(s[neg])
	case 12:
		panic(1.5)
	case 13:
		println(1 << neg)
	case 14:
		str := "abc"
		println(str[:n-9])
	}
}
