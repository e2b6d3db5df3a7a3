// Checks: a panic in a deferred call while panicking: gc's chained report, exit 2.
package main

func main() {
	defer func() {
		panic("second")
	}()
	defer println("runs before the second panic")
	panic("first")
}
