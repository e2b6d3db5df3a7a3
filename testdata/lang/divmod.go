// Checks: Go's integer division and modulo rules for negative operands and every width.
package main

func main() {
	pairs := [][2]int{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}, {5, 7}}
	for _, p := range pairs {
		println(p[0], "/", p[1], "=", p[0]/p[1], "rem", p[0]%p[1])
	}
	var a8, b8 int8 = -128, -1
	println(a8/b8, a8%b8)
	var a64, b64 int64 = -9223372036854775808, -1
	println(a64/b64, a64%b64)
	var u, v uint32 = 4000000000, 7
	println(u/v, u%v)
	x := -17
	println(x>>1, x>>10, uint(x)>>60, x<<62)
	var s uint = 70
	println(1<<s == 0, x>>s)
}
