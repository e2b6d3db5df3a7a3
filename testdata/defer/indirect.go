// Checks: recover only works when called directly by the deferred function.
package main

func helper() bool { return recover() != nil }

func tryIndirect() {
	defer func() {
		if helper() {
			println("helper recovered (wrong)")
		}
	}()
	panic("indirect")
}

func main() {
	defer func() {
		println("main's deferred call recovers:", recover() != nil)
	}()
	tryIndirect()
	println("unreachable")
}
