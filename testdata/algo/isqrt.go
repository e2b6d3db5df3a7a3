// Checks: integer algorithms: binary-search integer square root, digit sums, perfect numbers, fast exponentiation mod m.
package main

func isqrt(n int) int {
	lo, hi := 0, 3037000499
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func digitSum(n int) int {
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

func powmod(b, e, m int) int {
	r := 1
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func main() {
	println(isqrt(0), isqrt(1), isqrt(15), isqrt(16), isqrt(1000000007), isqrt(9223372036854775807))
	println(digitSum(0), digitSum(12345), digitSum(9223372036854775807))
	for n := 2; n < 10000; n++ {
		s := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				s += d
				if d*d != n {
					s += n / d
				}
			}
		}
		if s == n {
			println("perfect", n)
		}
	}
	println(powmod(2, 10, 1000), powmod(3, 200, 1000000007), powmod(7, 0, 13))
}
