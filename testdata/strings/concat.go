// Checks: string concatenation with + and +=, len of results, empty strings, building strings in loops.
package main

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func binary(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		if n%2 == 1 {
			s = "1" + s
		} else {
			s = "0" + s
		}
		n /= 2
	}
	return s
}

func main() {
	a := "foo"
	b := "bar"
	c := a + b
	println(c, len(c), len(a+b+c), len(""), len(""+""))
	c += "!"
	c += ""
	println(c, len(c))
	println(repeat("ab", 5), len(repeat("xyz", 100)))
	d := "x"
	for i := 0; i < 10; i++ {
		d += d
	}
	println(len(d))
	for n := 0; n <= 17; n++ {
		print(binary(n), " ")
	}
	println()
	println(binary(1023), binary(1<<40))
	s := "é" + "世"
	println(s, len(s), len("héllo"))
	const k = "con" + "st"
	println(k+"ant", len(k))
}
