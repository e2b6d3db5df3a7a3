// Checks: a panic inside init() stops the program before main runs, exit 2.
package main

var ready = setup()

func setup() bool {
	println("setup")
	return true
}

func init() {
	println("init", ready)
	panic("init failed")
}

func main() {
	println("main never runs")
}
