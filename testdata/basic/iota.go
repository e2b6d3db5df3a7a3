// Checks: iota in const groups — skipped values with _, implicit repetition, expressions, several names per line, typed iota.
package main

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	Sunday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota + 100
	Saturday
)

const (
	x0 int = iota * iota
	x1
	x2
	x3 = "str"
	x4
	x5 = iota
)

const single = iota

func main() {
	println(KB, MB, GB, TB, PB, EB)
	println(a, b, c, d, e, f)
	println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	println(x0, x1, x2, x3, x4, x5, single)
}
