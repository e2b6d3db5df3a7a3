package main

func one() int { return 1 }
func two(a, b int) {}

func main() {
	x := 1
	one // ERROR "one \(value of type func\(\) int\) is not used"
	1 + 2 // ERROR "1 \+ 2 \(untyped int constant 3\) is not used"
	x == 1 // ERROR "x == 1 \(untyped bool value\) is not used"
	x // ERROR "x \(variable of type int\) is not used"
	two // ERROR "two \(value of type func\(a int, b int\)\) is not used"
	len("abc") // ERROR "len\(.abc.\) \(constant 3 of type int\) is not used"
	two(one) // ERROR "not enough arguments in call to two"
	_ = one(1) // ERROR "too many arguments in call to one"
}
