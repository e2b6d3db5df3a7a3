// Checks: scopes: shadowing in if/for/switch headers and blocks, and := redeclaration with a new variable.
package main

var x = "package"

func main() {
	println(x)
	x := 1
	if x := 2; x > 1 {
		println("if", x)
		x := 3
		println("block", x)
	}
	println("main", x)
	for x := 0; x < 2; x++ {
		x := x * 10
		println("loop", x)
	}
	a, err := 1, "e1"
	b, err := 2, "e2"
	println(a, b, err)
	switch x := "s"; x {
	case "s":
		x := x + "!"
		println(x)
	}
	{
		x := true
		println(x)
	}
	println(x)
}
