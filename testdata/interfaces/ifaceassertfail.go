package main

type I interface{ M() int }
type A int
type B int

func (a A) M() int { return 1 }
func (b B) M() int { return 2 }

func main() {
	var i I = A(1)
	println(i.(A).M())
	println(i.(B).M())
}
