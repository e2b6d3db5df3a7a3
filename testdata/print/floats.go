// Checks: runtime float printing format (+d.dddddde±ddd), constant -0.0 (is +0), run-time -0, NaN, ±Inf, extremes.
package main

func fid(f float64) float64 { return f }

func main() {
	println(1.5, -0.0, 1e300, 1e-300, 3.0/7)
	println(0.0, 1.0, -1.0, 10.0, 100.0, 0.1, 123456789.0, 1e21, 1e-7)
	zero := fid(0)
	negz := -zero
	println(zero, negz)
	println(zero/zero, 1/zero, -1/zero, 1/negz)
	println(1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308)
	println(0.9999999, 0.99999999, 9.9999995, 1.00000005, 5e-324*1e300)
	big := fid(1e308)
	println(big*10, -big*10, big*10-big*10)
	print(1.25, 2.5, "\n")
	x := 1.0
	for i := 0; i < 12; i++ {
		x *= 7.3
		println(x, -1/x)
	}
	println(fid(2.0) / 3)
}
