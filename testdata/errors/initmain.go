package main

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

var init = 1 // ERROR "cannot declare init - must be func"

func useInit() {
	init() // ERROR "undefined: init"
}

func main(args []string) { // ERROR "func main must have no arguments and no return values"
}
