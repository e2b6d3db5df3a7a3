package main

func main() {
	var a [3]int
	m := map[string]int{}
	s := []int{}
	_ = a[1:5] // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = s[::2] // ERROR "middle index required in 3-index slice"
	_ = m[1:2] // ERROR "invalid operation: cannot slice m \(variable of type map\[string\]int\)"
	_ = a[:2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = "abc"[:10] // ERROR "invalid argument: index 10 out of bounds \[0:4\]"
	var p *[]int
	_ = p[0] // ERROR "invalid operation: cannot index p \(variable of type \*\[\]int\)"
	m["a"]++
	_ = s[-2:] // ERROR "invalid argument: index -2 \(constant of type int\) must not be negative"
}
