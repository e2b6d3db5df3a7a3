// Checks: recover stops a panic in the deferring function, which returns its current results.
package main

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
			q, ok = -1, false
		}
	}()
	return a / b, true
}

func explicit() (s string) {
	defer func() {
		r := recover()
		if r != nil {
			s = "recovered: " + r.(string)
		}
	}()
	s = "not yet"
	panic("boom")
}

func noPanic() int {
	defer func() {
		if recover() != nil {
			println("unexpected")
		}
	}()
	return 7
}

func main() {
	println(safeDiv(10, 2))
	println(safeDiv(1, 0))
	println(noPanic())
	println("after")
}
