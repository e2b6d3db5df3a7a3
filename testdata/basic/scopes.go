// Checks: block scoping and shadowing (if/for/switch init, explicit blocks, := redeclaration with one new name).
package main

var v = "package"

func main() {
	println(v)
	v := "main"
	println(v)
	{
		v := "block"
		println(v)
		{
			v = "block-assigned"
			println(v)
		}
		println(v)
	}
	println(v)
	if v := 1; v > 0 {
		println("if", v)
	} else {
		println("else", v)
	}
	for v := 0; v < 2; v++ {
		v := v * 10
		println("for", v)
	}
	switch v := true; v {
	case true:
		println("switch", v)
	}
	a, b := 1, 2
	b, c := 3, 4
	println(a, b, c)
	println(v)
	show()
}

func show() {
	println(v)
	v = "changed"
	println(v)
}
