package main

func main() {
	x := 1
	var i interface{} = x
	switch x {
	case 1:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case "a": // ERROR "cannot convert .a. \(untyped string constant\) to int"
	}
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	switch i.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch"
	case nosuch: // ERROR "undefined: nosuch"
	}
	switch s := "a"; s {
	case 1.5: // ERROR "cannot convert 1.5 \(untyped float constant\) to string"
	}
	var e error
	switch e.(type) {
	case int: // ERROR "impossible type switch case: int"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to bool"
	}
}
