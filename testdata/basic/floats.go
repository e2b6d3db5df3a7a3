// Checks: float64 arithmetic at run time vs exact constants, NaN/Inf comparisons, int<->float64 conversions (truncation).
package main

func fid(f float64) float64 { return f }

func main() {
	a, b := fid(0.1), fid(0.2)
	println(a+b == 0.3, 0.1+0.2 == 0.3)
	zero := fid(0)
	nan := zero / zero
	inf := 1 / zero
	println(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
	println(inf-inf == inf-inf, inf+1 == inf)
	x := 3.99
	println(int(x), int(-x), int(fid(2.5)), int(fid(-2.5)), int(fid(1e15)))
	n := 7
	println(float64(n)/2, float64(n/2), float64(-n)/4)
	sum := 0.0
	for i := 1; i <= 10; i++ {
		sum += 1 / float64(i)
	}
	println(sum, int(sum*1000))
	y := 1.0
	y *= 3
	y -= 0.5
	y /= 2
	y += 10
	println(y)
	println(x < 4, x >= 3.99, -x, zero == -zero)
}
