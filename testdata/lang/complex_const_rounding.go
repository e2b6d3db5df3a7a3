package main

// Typed complex constants are rounded to their parts' precision, as
// typed float constants are (Go test/const.go, truncate).

import "fmt"

func main() {
	const x30 = 1 << 30
	const c = complex64(x30) + 1 - x30
	const d = complex128(1<<60) + 1 - 1<<60
	var e complex64 = 1 + 1e-10i
	fmt.Println(c, d, e, c == 0, d == 0)
	const f = complex64(16777217)
	fmt.Println(f, real(f) == 16777216)
}
