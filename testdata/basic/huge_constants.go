// Untyped float constants far beyond float64's range are valid constants
// (gc keeps them as 512-bit floats); only their conversion to a type fails.
package main

const big = 1e646456992
const tiny = 1e-646456992

func main() {
	x := big / 1e646456991
	println(x, x == 10)
	println(tiny*1e646456992, big*tiny, 0x1p100000/0x1p99999)
	const a = 1e5000
	println(a/1e4999, a > 1e4999, -a < a, 1e-5000 > 0, 1e-5000*1e5000)
	println(1e308*10/100, 1/3.0*3 == 1)
}
