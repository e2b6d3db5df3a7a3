package main

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	m[2.5] = 3
	m[[2]int{1, 2}] = 4
	var nilkey interface{}
	m[nilkey] = 5
	println(len(m), m[1], m["a"], m[2.5], m[[2]int{1, 2}], m[nilkey], m[int8(1)])
	m[[]int{1}] = 5
	println("unreachable")
}
