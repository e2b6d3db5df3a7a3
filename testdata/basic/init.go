// Checks: multiple init() functions run in source order, after package vars and before main.
package main

var counter = start()

func start() int {
	println("var init")
	return 100
}

func init() {
	println("init 1, counter =", counter)
	counter++
}

func main() {
	println("main, counter =", counter)
}

func init() {
	println("init 2, counter =", counter)
	counter *= 2
}

func init() {
	println("init 3, counter =", counter)
}
