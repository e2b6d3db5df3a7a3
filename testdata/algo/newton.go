// Checks: float64 loops: Newton's square root, Leibniz pi series, and float->int conversions of the results.
package main

func sqrt(x float64) float64 {
	if x == 0 {
		return 0
	}
	z := x
	for i := 0; i < 60; i++ {
		next := (z + x/z) / 2
		if next == z {
			break
		}
		z = next
	}
	return z
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	for i := 0; i <= 10; i++ {
		r := sqrt(float64(i))
		println(i, r, int(r*1e6), abs(r*r-float64(i)) < 1e-12)
	}
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	println(pi, int(pi*10000))
	println(sqrt(2)*sqrt(2) == 2, sqrt(1e300), sqrt(1e-300))
}
