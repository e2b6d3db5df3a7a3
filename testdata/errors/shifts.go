package main

func main() {
	var s string
	var x int
	var f float64
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = x << s // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	var g float64 = 1 << x // ERROR "invalid operation: 1 << x \(shift of type float64\)"
	_ = s << 1 // ERROR "invalid operation: shifted operand s \(variable of type string\) must be integer"
	_ = f >> 1 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = x << 1.5 // ERROR "1.5 \(untyped float constant\) truncated to uint"
	_ = 1 << 10000 // ERROR "invalid operation: invalid shift count 10000 \(untyped int constant\)"
	_ = g
}
