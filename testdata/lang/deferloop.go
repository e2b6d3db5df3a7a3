// Checks: defers registered in loops and closures, recover returning values, and panics with custom errors.
package main

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + string(rune('0'+e.Code)) }

func work(n int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
			result = -1
		}
	}()
	for i := 0; i < n; i++ {
		defer func(k int) { result += k }(i)
	}
	if n == 3 {
		panic(&MyErr{7})
	}
	return 100, nil
}

func main() {
	r, err := work(4)
	println(r, err == nil)
	r, err = work(3)
	println(r, err.Error())
	func() {
		defer println("inner deferred")
		println("inner body")
	}()
	println("done")
}
