// Checks: package-level var initialization order follows dependencies (incl. through function bodies), not source order.
package main

var x = trace("x", y*2)
var y = trace("y", 3)
var z = trace("z", 4)
var w = trace("w", x+z)

var a = b + 1
var b = f()

var p = get()
var q = trace("q", 5)

var plain int
var s string
var ok bool
var fl float64
var msg = "msg:" + s + "end"

func trace(name string, v int) int {
	println("init", name, v)
	return v
}

func f() int {
	println("f called")
	return 10
}

func get() int {
	println("get sees q =", q)
	return q * 2
}

func main() {
	println(x, y, z, w, a, b, p, q)
	println(plain, s, ok, fl, msg)
	plain = 7
	println(plain)
}
