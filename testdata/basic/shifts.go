// Checks: << and >> on int at run time, including counts >= 64 (0 or sign fill) and arithmetic right shift of negatives.
package main

func main() {
	one := 1
	for s := 0; s <= 66; s += 3 {
		println(s, one<<s, -one<<s, (one<<62)>>s, -1024>>s)
	}
	big := 100
	println(one<<big, 12345>>big, -12345>>big)
	x := 0x1234
	x <<= 8
	println(x)
	x >>= 12
	println(x)
	println(1<<10, 1<<62>>60, -8>>1)
}
