package main

type P struct{ x, y int }

func main() {
	_ = map[string]int{1} // ERROR "missing key in map literal"
	_ = [2]int{5: 1} // ERROR "invalid argument: index 5 out of bounds \[0:2\]"
	_ = []int{-1: 1} // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = P{x: "a"} // ERROR "cannot use .a. \(untyped string constant\) as int value in struct literal"
	_ = []P{{1, "b"}} // ERROR "cannot use .b. \(untyped string constant\) as int value in struct literal"
	_ = &[]int{1.5} // ERROR "cannot use 1.5 \(untyped float constant\) as int value in array or slice literal \(truncated\)"
	_ = [...]int{1, 2}[5] // ERROR "invalid argument: index 5 out of bounds \[0:2\]"
	var n = 3
	_ = n
	_ = [n]int{} // ERROR "invalid array length n"
}
