// Checks: deferred closures read and change named results after return.
package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func counter() (n int, s string) {
	defer func() {
		n++
		s += "!"
	}()
	n = 10
	s = "hi"
	return
}

func observe() (r int) {
	defer func() { println("observed", r) }()
	r = 5
	return r + 1
}

func main() {
	println(double())
	println(counter())
	println(observe())
}
