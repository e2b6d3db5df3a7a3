package main

type T struct{ a int }

func (t T) M()   {}
func (t *T) PM() {}

type E1 struct{ F int }
type E2 struct{ F int }
type Both struct {
	E1
	E2
}

func (int) Bad() {} // ERROR "cannot define new methods on non-local type int"

func (p *T) a() {} // ERROR "field and method with the same name a"

func main() {
	var t T
	_ = t.f // ERROR "t.f undefined \(type T has no field or method f\)"
	t.m() // ERROR "t.m undefined \(type T has no field or method m, but does have M\)"
	var pp **T
	_ = pp.a // ERROR "pp.a undefined \(type \*\*T has no field or method a\)"
	T{}.PM() // ERROR "cannot call pointer method PM on T"
	var b Both
	_ = b.F // ERROR "ambiguous selector b.F"
	_ = T.PM // ERROR "cannot call pointer method PM on T"
	_ = t.M.x // ERROR "t.M.x undefined \(type func\(\) has no field or method x\)"
}
