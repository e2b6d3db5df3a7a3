package main

type A struct{ x int }
type B struct{ y int }

func main() {
	var a A
	var f float64
	var s []int
	_ = int("a") // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	_ = string(1.5) // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
	_ = []int("abc") // ERROR "cannot convert .abc. \(untyped string constant\) to type \[\]int"
	_ = B(a) // ERROR "cannot convert a \(variable of type A\) to type B"
	_ = float64("x") // ERROR "cannot convert .x. \(untyped string constant\) to type float64"
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	_ = string(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type string"
	_ = int(f, f) // ERROR "too many arguments in conversion to int"
	_ = int() // ERROR "missing argument in conversion to int"
}
