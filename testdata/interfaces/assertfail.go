package main

func main() {
	var x interface{} = "hello"
	println(x.(string))
	n := x.(int)
	println(n)
}
