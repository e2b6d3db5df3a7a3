package main

func main() {
	x := y // ERROR "undefined: y"
	_ = x
	undefinedFunc() // ERROR "undefined: undefinedFunc"
	var t T // ERROR "undefined: T"
	_ = t
	_ = nosuch.Field // ERROR "undefined: nosuch"
	var p struct{ a int }
	_ = p.b // ERROR "p.b undefined \(type struct\{a int\} has no field or method b\)"
	_ = missing + 1 // ERROR "undefined: missing"
	for _, v := range items { // ERROR "undefined: items"
		_ = v
	}
}
