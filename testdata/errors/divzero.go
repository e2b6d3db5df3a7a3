package main

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = x % 0 // ERROR "invalid operation: division by zero"
	_ = 1.0 / 0 // ERROR "invalid operation: division by zero"
	x /= 0 // ERROR "invalid operation: division by zero"
	const c = 0
	_ = 7 / c // ERROR "invalid operation: division by zero"
	_ = x % 1.5 // ERROR "1.5 \(untyped float constant\) truncated to int"
}
