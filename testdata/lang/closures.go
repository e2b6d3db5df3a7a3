// Checks: closures sharing captured variables, generators, and recursion through a func variable.
package main

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func makePair() (inc func(), get func() int) {
	n := 0
	inc = func() { n++ }
	get = func() int { return n }
	return
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	f := fibGen()
	for i := 0; i < 10; i++ {
		print(f(), " ")
	}
	println()
	inc, get := makePair()
	inc()
	inc()
	inc()
	println("shared:", get())
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println("10! =", fact(10))
	sq := func(x int) int { return x * x }
	add1 := func(x int) int { return x + 1 }
	println(compose(sq, add1)(4), compose(add1, sq)(4))
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * 10 })
	}
	for _, g := range fs {
		print(g(), " ")
	}
	println()
}
