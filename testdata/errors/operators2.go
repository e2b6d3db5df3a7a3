package main

func g() {}

func main() {
	var i int
	var s string
	var b bool
	var ch chan int
	_ = ch
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	_ = *i // ERROR "invalid operation: cannot indirect i \(variable of type int\)"
	_ = i.(int) // ERROR "invalid operation: i \(variable of type int\) is not an interface"
	_ = <-i // ERROR "invalid operation: cannot receive from non-channel i \(variable of type int\)"
	i <- 1 // ERROR "invalid operation: cannot send to non-channel i \(variable of type int\)"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b += true // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = f % 1.5 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = "a" + 1 // ERROR "invalid operation: .a. \+ 1 \(mismatched types untyped string and untyped int\)"
}

var f float64
