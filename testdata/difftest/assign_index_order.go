// Found by scripts/difftest (seeds 164, 208, 241; reduced): in `x[i] = v` with one operand on
// each side, the index operand (here a call) is evaluated before the right-hand side
// (§Assignment statements: "the operands of index expressions ... on the left and the
// expressions on the right are all evaluated in the usual order"), for maps, slices, arrays
// and pointers to arrays alike. `m[k] op= v` already gets it right.
package main

func f(s string, v int) int {
	println("call", s)
	return v
}

func main() {
	m := map[int]int{}
	m[f("key", 1)] = f("value", 2)
	a := make([]int, 3)
	a[f("idx", 1)] = f("rhs", 5)
	m[f("k2", 3)] += f("v2", 4)
	var arr [4]int
	arr[f("ai", 2)] = f("av", 7)
	p := &arr
	p[f("pi", 0)] = f("pv", 1)
	println(m[1], m[3], a[1], arr[2], arr[0])
}
