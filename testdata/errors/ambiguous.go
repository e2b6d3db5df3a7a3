package main

type A struct{ X int }

func (A) M() {}

type B struct{ X int }

func (B) M() {}

type C struct {
	A
	B
	X2 int
}

type D struct {
	C
	X int // shallower than C's two: not ambiguous
}

type P struct{}

func (*P) PM() {}

type E struct{ P }

func main() {
	var c C
	_ = c.X // ERROR "ambiguous selector c.X"
	c.M() // ERROR "ambiguous selector c.M"
	_ = C.M // ERROR "ambiguous selector C.M"
	var d D
	_ = d.X
	d.M() // ERROR "ambiguous selector d.M"
	_ = c.A.X
	_ = P.PM // ERROR "cannot call pointer method PM on P"
	_ = E.PM // ERROR "cannot call pointer method PM on E"
	_ = (*E).PM
	var e E
	e.PM()
}
