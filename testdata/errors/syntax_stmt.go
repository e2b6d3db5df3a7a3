package main

func main() {
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
	for i := 0; i < 10; i++ // ERROR "syntax error: unexpected newline, expecting \{ after for clause"
	{
	}
	switch x := 1; y := x { // ERROR "syntax error: cannot use y := x as value"
	}
}
