package main

func sum(base int, xs ...int) int {
	s := base
	for _, x := range xs {
		s += x
	}
	println(len(xs), cap(xs), xs == nil)
	return s
}

func pair() (int, int) { return 3, 4 }

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func main() {
	println(sum(1))
	println(sum(1, 2, 3))
	s := []int{10, 20}
	println(sum(0, s...))
	println(sum(pair()))
	println(join("-", "a", "b", "c"))
	println(join(","))
	parts := []string{"x", "y"}
	println(join("+", parts...))
	f := sum
	println(f(5, 5))
}
