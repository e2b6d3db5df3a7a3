package main

func main() {
	var i int
	var s string
	var f float64
	var a, b []int
	var m map[int]int
	_ = i + s // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = i + f // ERROR "invalid operation: i \+ f \(mismatched types int and float64\)"
	_ = !i // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	_ = m == m // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = main == main // ERROR "invalid operation: main == main \(func can only be compared to nil\)"
	_ = i && i // ERROR "invalid operation: operator && not defined on i \(variable of type int\)"
	_ = ^f // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
}
