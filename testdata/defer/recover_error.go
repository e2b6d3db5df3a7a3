// Checks: recovered runtime errors are error values with gc's Error() text.
package main

func catch(f func()) (msg string) {
	defer func() {
		msg = recover().(error).Error()
	}()
	f()
	return "no panic"
}

func main() {
	var s []int
	println(catch(func() { _ = s[3] }))
	z := 0
	println(catch(func() { println(1 / z) }))
	var p *struct{ x int }
	println(catch(func() { println(p.x) }))
	var i interface{} = "str"
	println(catch(func() { println(i.(int)) }))
	println(catch(func() {}))
}
