// Checks: passing a multi-result call directly as all arguments f(g()) and returning it directly (return g()).
package main

func pair(n int) (int, int) { return n, n * n }

func add(a, b int) int { return a + b }

func swap(a, b int) (int, int) { return b, a }

func forward(n int) (int, int) { return swap(pair(n)) }

func three() (string, int, bool) { return "s", 3, true }

func show(s string, n int, b bool) {
	println("show", s, n, b)
}

func main() {
	println(add(pair(7)))
	a, b := forward(4)
	println(a, b)
	show(three())
	println(pair(9))
}
