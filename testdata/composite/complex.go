package main

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	println(a, b)
	println(a+b, a-b, a*b, a/b)
	println(real(a), imag(b), -a)
	println(a == b, a != b, a == complex(1.5, -2))
	var c64 complex64 = complex64(b)
	d := c64 * c64
	println(d, real(d), c64/2)
	var z complex128
	println(b/z, z/z)
	x := 2.0
	println(complex(x, x*2))
	c := complex128(c64) + 1
	println(c)
}
