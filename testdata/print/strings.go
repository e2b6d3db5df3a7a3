// Checks: printing strings with escapes, UTF-8, embedded newlines, and bools.
package main

func main() {
	println("plain", "with space", "tab:\t|", "nl:\n|")
	println("héllo, 世界", "\u00e9\U0001F600", "\x41\102")
	println(`back\slash`, "back\\slash")
	s := "line1\nline2\n"
	print(s)
	println(true, false, !true, !false)
	print("end", "\n")
}
