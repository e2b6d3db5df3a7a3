package main

func main() {
	n := -1
	s := make([]int, 2, 4)
	println(len(s))
	s = make([]int, n)
}
