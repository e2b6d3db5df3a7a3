// Checks: deferred calls run last-in first-out, with arguments evaluated at the defer statement.
package main

func trace(s string) string {
	println("enter", s)
	return s
}

func un(s string) { println("leave", s) }

func nested() {
	defer un(trace("nested"))
	println("in nested")
}

func loop() {
	for i := 0; i < 4; i++ {
		defer println("deferred", i)
	}
	println("loop done")
}

func main() {
	defer println("main deferred 1")
	defer un(trace("main"))
	nested()
	loop()
	x := 1
	defer println("x at defer time:", x)
	x = 2
	println("x now", x)
}
