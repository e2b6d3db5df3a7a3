// Explicit conversions to interface types, multi-value assignments into
// interface-typed variables, type identity with named results and alias
// embedded fields, and comparing interfaces holding uncomparable values.
package main

type Int = int
type A = struct{ int }
type B = struct{ Int }

type S struct{ x []int }

var c = b
var a, b any = any(nil).(bool)

func named() (ok bool) { return true }

func two() (int, string) { return 7, "x" }

func anyArgs(x, y interface{}) { println(x.(int), y.(string)) }

func anyResults() (interface{}, interface{}) { return two() }

func mustPanic(name string, f func()) {
	defer func() { println(name, "panics:", recover() != nil) }()
	f()
}

func main() {
	x := 3
	println(interface{}(x).(int), interface{}("s").(string))
	var s uint = 2
	println(interface{}(1<<s + 1).(int))

	println(a.(bool), b.(bool), c.(bool))
	var p, q interface{} = any(true).(bool)
	println(p.(bool), q.(bool))
	p, q = two()
	println(p.(int), q.(string))
	anyArgs(two())
	u, v := anyResults()
	println(u.(int), v.(string))

	var f interface{} = named
	_, isFunc := f.(func() bool)
	println(isFunc)

	var ea, eb interface{} = A{}, B{}
	_, sameType := ea.(B)
	println(ea == eb, sameType)

	mustPanic("map", func() { var i interface{} = map[int]int{}; _ = i == i })
	mustPanic("func", func() { var i interface{} = named; _ = i == i })
	mustPanic("struct with slice", func() { var i interface{} = S{}; _ = i == i })
	mustPanic("array of slices", func() { var i interface{} = [1][]int{}; _ = i == i })
}
