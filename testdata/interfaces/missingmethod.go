package main

type I interface {
	M()
	N()
}

type T int

func (T) M() {}

func main() {
	var x interface{} = T(1)
	_, ok := x.(I)
	println(ok)
	i := x.(I)
	i.M()
}
