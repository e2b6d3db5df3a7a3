// Checks: complex64/complex128 arithmetic, real/imag, equality and printing.
package main

func mandelSteps(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return 50
}

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	println(a+b, a*b, a/b, -a)
	println(real(a*b), imag(a/b), a == complex(1, 2), a != b)
	var c64 complex64 = complex64(a)
	println(c64*c64, real(c64))
	println(mandelSteps(0), mandelSteps(1+1i), mandelSteps(-0.75+0.1i))
}
