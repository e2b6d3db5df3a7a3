package main

type R struct{ r R } // ERROR "invalid recursive type R"

var notType int

var x notType // ERROR "notType \(variable of type int\) is not a type"

var a1 [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"

var a2 [1.5]int // ERROR "array length 1.5 \(untyped float constant\) must be integer"

var m map[[]int]bool // ERROR "invalid map key type \[\]int"

type I interface{ int | string }

var i I // ERROR "cannot use type I outside a type constraint: interface contains type constraints"

type P *P2
type P2 struct{}

func (p P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

func (I) N() {} // ERROR "cannot use type I outside a type constraint: interface contains type constraints"

func main() {}
