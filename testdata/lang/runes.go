// Checks: strings as UTF-8: range by rune, byte and rune conversions, invalid bytes.
package main

func main() {
	s := "héllo, 世界!"
	n := 0
	for i, r := range s {
		print(i, ":", r, " ")
		n++
	}
	println()
	println(len(s), n, len([]rune(s)), len([]byte(s)))
	rs := []rune(s)
	rs[1] = 'e'
	println(string(rs), string(rs[7:9]))
	bad := "a\xffb\xc3"
	for i, r := range bad {
		print(i, "=", r, " ")
	}
	println()
	b := []byte("abc")
	b[0] = 'X'
	println(string(b), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	var sum int
	for _, c := range []byte(s) {
		sum += int(c)
	}
	println(sum, s[1], s[len(s)-1])
}
