// Checks: wrapping multiply/xor/shift hashing (FNV-1a-like over ints and a xorshift PRNG), exercising 64-bit overflow.
package main

const offset = -3750763034362895579 // 14695981039346656037 as int64
const prime = 1099511628211

func mix(h, v int) int {
	h ^= v
	h *= prime
	return h
}

// lsr is a logical right shift on int: arithmetic shift, then mask off the copied sign bits.
func lsr(x, n int) int {
	return (x >> n) & (1<<(64-n) - 1)
}

func main() {
	h := offset
	for i := 0; i < 1000; i++ {
		h = mix(h, i)
	}
	println("hash", h)
	x := 88172645463325252
	for i := 0; i < 10; i++ {
		x ^= x << 13
		x ^= lsr(x, 7)
		x ^= x << 17
		print(x%1000, " ")
	}
	println()
	println("final", x)
}
