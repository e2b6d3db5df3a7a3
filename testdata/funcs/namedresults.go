// Checks: named results, bare return, results modified before return, zero values of named results.
package main

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zeros() (i int, s string, b bool, f float64) {
	return
}

func early(n int) (res string, steps int) {
	for steps = 0; steps < 10; steps++ {
		if n <= 1 {
			res = "done"
			return
		}
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	res = "gave up"
	return
}

func shadow(n int) (r int) {
	r = n
	{
		r := r * 100
		_ = r
	}
	return r + 1
}

func main() {
	p, q := split(17)
	println(p, q)
	x, y := split(100)
	println(x, y)
	i, s, b, f := zeros()
	println(i, s, b, f, s == "")
	r, n := early(8)
	println(r, n)
	r, n = early(27)
	println(r, n)
	r, n = early(1)
	println(r, n)
	println(shadow(5))
}
