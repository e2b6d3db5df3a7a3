package main

func arr() [3]int { return [3]int{} }

func main() {
	var a [3]int
	s := []int{1, 2}
	x := 1
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = s["a"] // ERROR "cannot convert .a. \(untyped string constant\) to int"
	_ = x[0] // ERROR "invalid operation: cannot index x \(variable of type int\)"
	_ = s[2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = "abc"[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = arr()[1:] // ERROR "invalid operation: arr\(\) \(value of type \[3\]int\) \(slice of unaddressable value\)"
	_ = s[1.5] // ERROR "1.5 \(untyped float constant\) truncated to int"
}
