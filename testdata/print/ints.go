// Checks: runtime int printing for zero, negatives, powers of ten and the int64 extremes.
package main

func main() {
	println(0, -1, 1, 9, 10, 99, 100, -100)
	p := 1
	for i := 0; i < 19; i++ {
		println(p, -p, p-1)
		p *= 10
	}
	println(9223372036854775807, -9223372036854775808)
	m := -9223372036854775807
	m--
	println(m, m+1)
	print(1, -1, 0, "\n")
}
