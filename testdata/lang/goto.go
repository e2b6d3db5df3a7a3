// Checks: goto forward and backward, labels on blocks, and loops built from goto.
package main

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

func main() {
	println(collatz(27), collatz(1), collatz(97))
	i := 0
again:
	i++
	if i < 5 {
		goto again
	}
	println("i =", i)
}
