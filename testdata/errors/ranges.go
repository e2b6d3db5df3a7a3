package main

func main() {
	for range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
	}
	ch := make(chan int)
	for a, b := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
	var s string
	for i, r := range []int{} {
		s = r // ERROR "cannot use r \(variable of type int\) as type string in assignment"
		_ = i
	}
	var f func()
	for range f { // ERROR "cannot range over f \(variable of type func\(\)\)"
	}
	var p *[]int
	for range p { // ERROR "cannot range over p \(variable of type \*\[\]int\)"
	}
	_ = s
}
