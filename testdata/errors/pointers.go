package main

func main() {
	m := map[string]int{}
	var p *int
	var s struct{ f int }
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	_ = p.x // ERROR "p.x undefined \(type \*int has no field or method x\)"
	x := nil // ERROR "use of untyped nil in assignment"
	var y = nil // ERROR "use of untyped nil in variable declaration"
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	_ = *s // ERROR "invalid operation: cannot indirect s \(variable of type struct\{f int\}\)"
	_ = &len("a") // ERROR "invalid operation: cannot take address of len\(.a.\) \(constant 1 of type int\)"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	p = &s // ERROR "cannot use &s \(value of type \*struct\{f int\}\) as type \*int in assignment"
	_, _ = x, y
}
