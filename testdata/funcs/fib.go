// Checks: doubly recursive fib plus an iterative fib that reaches int64 range.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	for i := 0; i <= 25; i += 5 {
		println(i, fib(i))
	}
	println(fibIter(50), fibIter(90), fibIter(92))
}
