// Checks: if / else if / else chains, if with init statements, && || ! short-circuit evaluation order.
package main

var calls = 0

func t(name string, v bool) bool {
	calls++
	print(name, " ")
	return v
}

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for i := -2; i <= 3; i++ {
		println(i, classify(i))
	}
	if t("a", false) && t("b", true) {
		println("no")
	}
	println()
	if t("a", true) || t("b", true) {
		println("yes")
	}
	if t("a", false) || t("b", false) || t("c", true) {
		println("yes")
	}
	if !(t("a", true) && t("b", false)) {
		println("negated")
	}
	println("calls", calls)
	if x := calls * 2; x > 10 {
		println("x big", x)
	} else if y := x + 1; y > 5 {
		println("y", x, y)
	} else {
		println("else", x, y)
	}
	b := 3 > 2 == true
	println(b, !b, b && !b, b || !b, b != !b)
}
