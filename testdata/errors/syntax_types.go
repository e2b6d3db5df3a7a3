package main

var a map[int] // ERROR "syntax error: unexpected newline, expecting type"

var b []int{} // ERROR "syntax error: unexpected \{ after top level declaration"

type T struct {
	x int,  // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or \}"
}

func main() {}
