// Checks: prime search by trial division: nested loops, %, early break, counting, sum of primes below 20000.
package main

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	for i := 0; i < 60; i++ {
		if isPrime(i) {
			print(i, " ")
		}
	}
	println()
	count, sum, last := 0, 0, 0
	for i := 0; i < 20000; i++ {
		if isPrime(i) {
			count++
			sum += i
			last = i
		}
	}
	println("count", count, "sum", sum, "last", last)
	twins := 0
	for i := 3; i+2 < 20000; i += 2 {
		if isPrime(i) && isPrime(i+2) {
			twins++
		}
	}
	println("twin pairs", twins)
}
