// Checks: the smallest program — println of one string constant.
package main

func main() {
	println("hello, world")
}
