package main

func main() {
	var m map[string]int
	println(len(m), m["x"])
	m["x"] = 1
	println("unreachable")
}
