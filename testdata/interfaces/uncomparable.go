package main

func main() {
	var a, b interface{} = []int{1}, []int{1}
	println("before")
	println(a == b)
}
