package main

func main() {
	s := []int{1}
	_ = len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len(s, s) // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
	_ = append() // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = complex(1, "a") // ERROR "invalid operation: complex\(1, .a.\) \(mismatched types untyped float and untyped string\)"
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	_ = make([]int, "3") // ERROR "cannot convert .3. \(untyped string constant\) to int"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
	delete(s, 0) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
}
