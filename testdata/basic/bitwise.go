// Checks: & | ^ &^ on int, with negative operands and compound forms (&=, |=, ^=, &^=).
package main

func main() {
	a, b := 0xF0F0, 0x0FF0
	println(a&b, a|b, a^b, a&^b)
	c, d := -12345, 0x7FF
	println(c&d, c|d, c^d, c&^d)
	println(-1&^0xFF, -1^-1, -1|0)
	x := 0
	x |= 1
	x |= 8
	x |= 256
	println(x)
	x &= 0x108
	println(x)
	x ^= 0xFFFF
	println(x)
	x &^= 0xF0F0
	println(x)
	pop := 0
	for v := 0x5A5A5A5A; v != 0; v &= v - 1 {
		pop++
	}
	println("popcount", pop)
}
