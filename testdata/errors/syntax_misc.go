package main

func main() {
	var x int
	x++ = 1 // ERROR "syntax error: unexpected = at end of statement"
	if x == 1 {
	} else if { // ERROR "syntax error: missing condition in if statement"
	}
	var = 1 // ERROR "syntax error: unexpected =, expecting name"
}
