// Checks: multiple results, swaps via tuple assignment, blank identifier, results of mixed types.
package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(a, b, c int) (int, int) {
	lo, hi := a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return lo, hi
}

func info(n int) (string, bool, float64) {
	if n%2 == 0 {
		return "even", true, float64(n) / 2
	}
	return "odd", false, float64(n) / 2
}

func noResult(s string) {
	if s == "" {
		return
	}
	println("noResult:", s)
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	_, r2 := divmod(100, 7)
	println(r2)
	lo, hi := minmax(5, -3, 9)
	println(lo, hi)
	s, ok, h := info(7)
	println(s, ok, h)
	s, ok, h = info(10)
	println(s, ok, h)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	println(a, b, c)
	noResult("")
	noResult("x")
	var x, y int = divmod(-17, 5)
	println(x, y)
}
