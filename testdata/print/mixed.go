// Checks: print (no separators, no newline) vs println (spaces between operands, trailing newline) with mixed types.
package main

func main() {
	i, f, s, t := 42, 2.5, "str", true
	print(i, f, s, t, "\n")
	println(i, f, s, t)
	print("a", "b", "c")
	print(1, 2, 3)
	print("\n")
	println()
	println("")
	println("", "")
	println("x", "", "y")
	print()
	print("no newline at", " end; ")
	println("then println")
	println(-1, -0, 0, 1, false, "tab\there", "quote\"", `raw\n`)
	print(true, false, -7, "\n")
	println(i == 42, s+s, i*2, f*2)
}
