// Checks: panic("boom") after some output: report "panic: boom", goroutine header, exit status 2.
package main

func main() {
	println("before")
	print("partial ")
	panic("boom")
}
