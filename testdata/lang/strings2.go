// Checks: string comparison ordering, building strings in loops, and substring slicing.
package main

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	words := []string{"banana", "Apple", "cherry", "apple", "", "ab"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	for _, w := range words {
		print("[", w, "]")
	}
	println()
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a'+i)) + "-"
	}
	println(s, s[2:5], len(s))
	println(reverse("héllo wörld"), "abc" > "abd", "abc" < "abcd", "Z" < "a")
}
