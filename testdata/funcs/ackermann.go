// Checks: deep, irregular recursion with the Ackermann function (small arguments).
package main

var calls = 0

func ack(m, n int) int {
	calls++
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	for m := 0; m <= 3; m++ {
		for n := 0; n <= 4; n++ {
			print(ack(m, n), " ")
		}
		println()
	}
	println("ack(3,5) =", ack(3, 5))
	println("calls", calls)
}
