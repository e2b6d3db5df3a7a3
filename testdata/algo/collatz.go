// Checks: Collatz sequence lengths: the longest chain below 30000, with a loop-heavy integer workload.
package main

func collatzLen(n int) int {
	steps := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	for i := 1; i <= 10; i++ {
		print(collatzLen(i), " ")
	}
	println()
	best, bestN := 0, 0
	for i := 1; i < 30000; i++ {
		if l := collatzLen(i); l > best {
			best, bestN = l, i
		}
	}
	println("longest below 30000:", bestN, "length", best)
	println("27 ->", collatzLen(27))
}
