// Checks: NaN and infinities in comparisons, float32 rounding, and float->int at the edges of range.
package main

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	println(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
	println(inf, -inf, nan)
	var f32 float32 = 16777217
	println(f32, float64(f32) == 16777216)
	x := 0.1
	y := 0.2
	println(x+y == 0.3, x+y, float32(x)+float32(y))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	m[-zero] = 4
	println(len(m), m[0])
	big, low, edge := 2.5e18, -2147483648.0, 65535.9
	println(int64(big), int32(low), uint16(edge))
}
