package main

func main() {
	switch {
	default:
	default: // ERROR "multiple defaults \(first at syntax_switch.go:5:2\)"
	}
	var a []int
	_ = a[1:2:] // ERROR "final index required in 3-index slice"
}
