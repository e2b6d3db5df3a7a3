// Checks: fallthrough chains, fallthrough into default, and fallthrough skipping case expression evaluation.
package main

func describe(n int) {
	print(n, ":")
	switch n {
	case 0:
		print(" zero")
		fallthrough
	case 1:
		print(" small")
		fallthrough
	case 2:
		print(" tiny")
	case 3:
		print(" three")
		fallthrough
	default:
		print(" default")
	case 4:
		print(" four")
		fallthrough
	case 5:
		print(" five")
	}
	println()
}

func check(v int) int {
	println("evaluated", v)
	return v
}

func main() {
	for i := 0; i <= 6; i++ {
		describe(i)
	}
	switch {
	case true:
		println("first")
		fallthrough
	case check(100) == 100:
		println("second")
	}
	x := 10
	switch {
	case x > 5:
		x++
		fallthrough
	case x > 100:
		x *= 2
		fallthrough
	default:
		x -= 1
	}
	println(x)
}
