package main

var x int
var x string // ERROR "x redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T int
type T string // ERROR "T redeclared in this block"

func g(a int, a string) {} // ERROR "a redeclared in this block"

type S struct {
	n int
	n string // ERROR "n redeclared"
}

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

func (S) m()  {}
func (S) m()  {} // ERROR "S.m redeclared in this block"

func main() {
	y := 1
	var y int // ERROR "y redeclared in this block"
	_ = y
}
