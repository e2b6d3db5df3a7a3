// smoke.go: the gc program whose output is the first lines of expected.out
// (smoke.c makes the same print calls by hand). run.sh checks it with gc.

package main

import "math"

func init() { println("init: main") }

func main() {
	var nz = math.Copysign(0, -1)
	var f32 float32 = 0.1
	var a = "foo"
	var b = "bar"
	println(42, -7, 1.5, true, "hello", a+b)
	println(int64(math.MinInt64), uint64(math.MaxUint64), false)
	println(0.0, nz, -1.5, 1e100, 1e-100, 123456789.0, 0.1, f32, 9.9999999, math.MaxFloat64, math.SmallestNonzeroFloat64)
	println(math.NaN(), math.Inf(1), math.Inf(-1))
	println(complex(1, 2), complex(-0.5, math.Inf(1)))
	print("no newline", 1, 2, "\n")
	println(a < b, a == b)
}
