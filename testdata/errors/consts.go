package main

func f() int { return 1 }

var v = 1

const (
	a = iota
	b byte = 253 + iota
	c
	d // ERROR "cannot use 253 \+ iota \(untyped int constant 256\) as byte value in constant declaration \(overflows\)"
)

const e = v + 1 // ERROR "v \+ 1 \(value of type int\) is not constant"
const g = f() // ERROR "f\(\) \(value of type int\) is not constant"
const h []int = nil // ERROR "invalid constant type \[\]int"
const k = iota + iota
const i, j = 1 // ERROR "missing init expr for j"
const l = 1, 2 // ERROR "extra init expr 2"
var w = iota // ERROR "cannot use iota outside constant declaration"

func main() {
	const m = len([]int{}) // ERROR "len\(\[\]int\{\}\) \(value of type int\) is not constant"
}
