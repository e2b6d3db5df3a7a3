// Checks: string == != < <= > >= at run time: prefixes, empty strings, byte-wise (not rune-wise) ordering, equality after concatenation.
package main

func cmp(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func main() {
	println(cmp("abc", "abd"), cmp("ab", "abc"), cmp("", "a"), cmp("", ""), cmp("Z", "a"), cmp("é", "z"), cmp("abc", "abc"))
	x := "hello"
	y := "hel" + "lo"
	z := "hel"
	z += "lo"
	println(x == y, x == z, y == z, x != z, x < z, x <= z, x >= z, x > z)
	println(x == "hello", x == "Hello", x != "", "" == "")
	e := ""
	println(e == "", e < "a", "a" > e, len(e) == 0)
	best := ""
	for i := 0; i < 5; i++ {
		s := "k"
		for j := 0; j < i; j++ {
			s += "z"
		}
		if s > best {
			best = s
		}
	}
	println(best, len(best))
	words0, words1, words2 := "pear", "apple", "fig"
	if words1 < words0 {
		words0, words1 = words1, words0
	}
	if words2 < words1 {
		words1, words2 = words2, words1
	}
	if words1 < words0 {
		words0, words1 = words1, words0
	}
	println(words0, words1, words2)
}
