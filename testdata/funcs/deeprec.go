// Checks: recursion 1000 deep with several live values per frame (non-tail, so it is not turned into a loop).
package main

func depth(n int, acc string) (int, string) {
	if n == 0 {
		return 0, acc
	}
	d, s := depth(n-1, acc)
	if n%250 == 0 {
		s += "|"
	}
	return d + n*n%7 + 1, s
}

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	if n >= 3 {
		println("move disk", n, "from", from, "to", to)
	}
	return moves + 1 + hanoi(n-1, via, to, from)
}

func main() {
	d, s := depth(1000, ">")
	println(d, s)
	println(sumTo(1000), sumTo(999))
	println("hanoi moves", hanoi(5, "A", "C", "B"))
}
