// Checks: integer remainder by a run-time zero panics like division does (same message, exit 2).
package main

var d = 0

func main() {
	x := 17
	println(x % 5)
	println(x % d)
}
