// Checks: len of constant strings is a constant (usable in const decls and array-free arithmetic) and of variable strings at run time.
package main

const title = "swiftgo"
const n = len(title)
const twice = n * 2

var dyn = title + "-" + "rt"

func main() {
	println(n, twice, len(dyn), len(title+dyn))
	s := ""
	for len(s) < 20 {
		s += title
	}
	println(s, len(s))
	println(len("\x00\n\t"), len(`\n`), len("\U0001F600"))
}
