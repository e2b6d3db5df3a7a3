// Checks: exact untyped constant arithmetic (big ints, rationals), typed consts, const expressions folded at compile time.
package main

const big = 1 << 100
const huge = big * big
const third = 1.0 / 3
const typed int = 42
const greeting = "hi" + ", " + "there"
const truth = 3 > 2 && "a" < "b"

const (
	kb = 1024
	mb = kb * kb
)

func main() {
	println(big>>98, huge>>195, big/(big>>10))
	println(third*3 == 1, 1/3, 1/3.0, 7/2, 7/2.0, -7/2, 7%3)
	println(typed, typed*2, greeting, len(greeting), truth)
	println(mb, mb/kb)
	const local = typed + 8
	println(local)
	var f float64 = 1 << 62
	println(f)
	println(0.1+0.2 == 0.3, 1e3, 1e3 == 1000)
	const e = 2.718281828459045235360287471352662497757247093699959574966967627724076630353
	println(e, e*e)
}
