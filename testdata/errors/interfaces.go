package main

type I interface{ M() }
type J interface{ N(int) }

type T struct{}
type PT struct{}
type W struct{}

func (*PT) M()  {}
func (W) N()    {}

func main() {
	var i I = T{} // ERROR "cannot use T\{\} \(value of type T\) as type I in variable declaration:\n\tT does not implement I \(missing M method\)"
	var i2 I = PT{} // ERROR "PT does not implement I \(M method has pointer receiver\)"
	var j J = W{} // ERROR "W does not implement J \(wrong type for N method\)\n\t\thave N\(\)\n\t\twant N\(int\)"
	_ = i.(T) // ERROR "impossible type assertion: i.\(T\)\n\tT does not implement I \(missing M method\)"
	var e interface{} = 1
	_ = e.M() // ERROR "e.M undefined \(type interface\{\} has no field or method M\)"
	var k int = i // ERROR "cannot use i \(variable of type I\) as type int in variable declaration"
	i = 5 // ERROR "cannot use 5 \(constant of type int\) as type I in assignment:\n\tint does not implement I \(missing M method\)"
	_, _, _ = i2, j, k
}
