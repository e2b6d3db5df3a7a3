// Checks: runtime errors are recoverable panics; unrecovered ones are reported after deferred calls run.
package main

func index(s string, i int) (b byte, failed bool) {
	defer func() {
		if recover() != nil {
			failed = true
		}
	}()
	return s[i], false
}

func main() {
	println(index("abc", 1))
	println(index("abc", 5))
	defer println("deferred before the fatal panic")
	var z int
	println(10 / z)
}
