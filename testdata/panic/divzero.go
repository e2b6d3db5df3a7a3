// Checks: integer division by a run-time zero panics with "runtime error: integer divide by zero", exit 2.
package main

func div(a, b int) int {
	return a / b
}

func main() {
	println(div(10, 3))
	zero := 0
	for i := 3; i >= 0; i-- {
		println(div(100, i+zero))
	}
	println("unreachable")
}
