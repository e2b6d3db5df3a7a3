package main

func main() {
	s := make([]int, 3, 6)
	j := 7
	println(len(s[:6]))
	println(len(s[:j]))
}
