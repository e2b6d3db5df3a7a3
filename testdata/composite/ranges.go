package main

var calls int

func get() []int {
	calls++
	return []int{1, 2, 3}
}

func arr() [3]string {
	calls++
	return [3]string{"x", "y", "z"}
}

func main() {
	for i := range get() {
		print(i, " ")
	}
	println(calls)
	for i, v := range get() {
		print(i, "=", v, " ")
	}
	println(calls)
	for _, v := range arr() {
		print(v, " ")
	}
	println(calls)
	n := 0
	for range get() {
		n++
	}
	println(n, calls)

	// The range expression is evaluated once; appends in the loop do not extend it.
	s := []int{1, 2, 3}
	for _, v := range s {
		s = append(s, v*10)
	}
	println(len(s), s[5])

	// Ranging over an array copies it; over a pointer to it does not.
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		print(i, ":", v, " ")
	}
	println()
	a = [3]int{1, 2, 3}
	for i, v := range &a {
		a[2] = 100
		print(i, ":", v, " ")
	}
	println()
	var pa *[4]int
	for i := range pa {
		print(i)
	}
	println()

	// Assignment form.
	var i, v int
	for i, v = range []int{7, 8, 9} {
	}
	println(i, v)
	m := [3]int{}
	for i, m[0] = range []int{4, 5, 6} {
	}
	println(i, m[0])

	// Go 1.19: one variable per loop, shared by every closure.
	var fs []func() int
	for i := range []int{0, 1, 2} {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	// break, continue, labels.
outer:
	for i, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, x := range row {
			if x == 2 {
				continue outer
			}
			if x == 6 {
				break outer
			}
			print(i, ":", x, " ")
		}
	}
	println()
	for i, c := range "aé€😀" {
		if c == 'é' {
			continue
		}
		print(i, ":", c, " ")
	}
	println()
	for i := range "héllo" {
		print(i)
	}
	println()
	total := 0
	for _, p := range []struct{ a, b int }{{1, 2}, {3, 4}} {
		total += p.a * p.b
	}
	println(total)
}
