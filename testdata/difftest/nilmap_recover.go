// Found by scripts/difftest (seeds 4, 6, 20; reduced): the value recovered from a write to a
// nil map is a runtime.Error (gc's plainError), so `r.(error)` succeeds and Error() has no
// "runtime error: " prefix.
package main

type myErr struct{ code int }

func (e myErr) Error() string { return "myErr" }

func report(r interface{}) {
	switch x := r.(type) {
	case nil:
		println("no panic")
	case error:
		println("recovered error:", x.Error())
	case string:
		println("recovered string:", x)
	default:
		println("recovered other")
	}
}

func b0() {
	defer func() {
		report(recover())
	}()
	var m map[string]uint16
	println("nilmap read", m["x"])
	m["a"] = 7
	println("no panic in", "b0")
}

func main() {
	b0()
	var m map[int]int
	defer func() {
		_, isErr := recover().(error)
		println("is error:", isErr)
	}()
	m[1] = 2
}
