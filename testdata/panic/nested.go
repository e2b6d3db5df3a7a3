// Checks: panic raised three calls deep, with a message built at run time; later code never runs.
package main

func level3(n int) int {
	if n > 2 {
		panic("too deep: " + "level3")
	}
	return n
}

func level2(n int) int { return level3(n+1) + 1 }

func level1(n int) int { return level2(n+1) + 1 }

func main() {
	println("start", level1(0))
	println("again", level1(1))
	println("unreachable")
}
