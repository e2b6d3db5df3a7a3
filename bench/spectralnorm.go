// spectralnorm.go: the spectral-norm benchmark (benchmarks-game style),
// single goroutine: the largest singular value of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by the power method on A^T A. Float64
// loops over slices with integer-to-float conversion and division.
package main

const n = 3000

func a(i, j int) float64 {
	return float64((i+j)*(i+j+1)/2 + i + 1)
}

func mulAv(v, av []float64) {
	for i := range av {
		s := 0.0
		for j := range v {
			s += v[j] / a(i, j)
		}
		av[i] = s
	}
}

func mulAtv(v, atv []float64) {
	for i := range atv {
		s := 0.0
		for j := range v {
			s += v[j] / a(j, i)
		}
		atv[i] = s
	}
}

func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

// sqrt by Newton's method (no math package); called once, so its cost is
// irrelevant.
func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	g := x
	if g < 1 {
		g = 1
	}
	for i := 0; i < 100; i++ {
		g = 0.5 * (g + x/g)
	}
	return g
}

func main() {
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	println(sqrt(vBv / vv))
}
