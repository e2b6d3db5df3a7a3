package main

func two(a, b int) {}
func pair() (int, int) { return 1, 2 }
func none()            {}
func variadic(xs ...int) {}

func main() {
	x := 1
	two(1) // ERROR "not enough arguments in call to two"
	two(1, 2, 3) // ERROR "too many arguments in call to two"
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	y := none() // ERROR "none\(\) \(no value\) used as value"
	two(pair(), 1) // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	two(x...) // ERROR "cannot use ... in call to non-variadic two"
	variadic(1, []int{2}...) // ERROR "too many arguments in call to variadic"
	variadic("a") // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to variadic"
	_ = y
}
