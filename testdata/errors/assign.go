package main

func one() int         { return 1 }
func two() (int, int)  { return 1, 2 }

type S struct{ x int }

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	c, d := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var e, f int = 1, 2, 3 // ERROR "extra init expr 3"
	var g int
	g = two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	one() = 1 // ERROR "cannot assign to one\(\) \(value of type int\)"
	const k = 1
	k = 2 // ERROR "cannot assign to k \(untyped int constant 1\)"
	m := map[string]S{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[.a.\].x in map"
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	g, h := 1, 2
	g, h := 3, 4 // ERROR "no new variables on left side of :="
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}
