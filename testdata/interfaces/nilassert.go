package main

type I interface{ M() }

func main() {
	var x interface{}
	_, ok := x.(I)
	println(ok)
	_ = x.(I)
}
