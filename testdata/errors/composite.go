package main

type P struct{ x, y int }

func main() {
	_ = P{z: 1} // ERROR "unknown field 'z' in struct literal of type P"
	_ = P{x: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{x: 1, x: 2} // ERROR "duplicate field name x in struct literal"
	_ = P{1} // ERROR "too few values in P\{…\}"
	_ = P{1, 2, 3} // ERROR "too many values in P\{…\}"
	_ = int{1} // ERROR "invalid composite literal type int"
	_ = [3]int{1, 2, 3, 4} // ERROR "index 3 is out of bounds \(>= 3\)"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
}
