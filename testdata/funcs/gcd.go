// Checks: recursive and iterative gcd/lcm, a function with several params and results.
package main

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func gcdIter(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func extended(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extended(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func main() {
	println(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcdIter(1071, 462), gcdIter(-12, 18))
	println(lcm(4, 6), lcm(21, 6), lcm(1, 1))
	g, x, y := extended(240, 46)
	println(g, x, y, 240*x+46*y)
	total := 0
	for i := 1; i <= 200; i++ {
		for j := 1; j <= 200; j++ {
			total += gcdIter(i, j)
		}
	}
	println("sum of gcds", total)
}
