package main

func f() {
	a := 1 // ERROR "a declared but not used"
	var b int // ERROR "b declared but not used"
	c, _ := 1, 2 // ERROR "c declared but not used"
	d := 1 // ERROR "d declared but not used"
	d = 2
	func() {
		e := 3 // ERROR "e declared but not used"
	}()
	var i interface{} = 1
	switch v := i.(type) { // ERROR "v declared but not used"
	case int:
	}
L: // ERROR "label L defined and not used"
	for {
	}
}

func main() { f() }
