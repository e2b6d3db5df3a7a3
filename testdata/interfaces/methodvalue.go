package main

type Op interface{ Apply(x int) int }

type Add struct{ n int }

func (a Add) Apply(x int) int { return x + a.n }

type Mul int

func (m *Mul) Apply(x int) int { return x * int(*m) }

var global Op = Add{100}

func compose(fs []func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	m := Mul(3)
	var ops = []Op{Add{1}, &m, global}
	for _, op := range ops {
		f := op.Apply
		println(f(10))
	}
	g := Op.Apply
	println(g(Add{5}, 5))
	h := compose([]func(int) int{ops[0].Apply, ops[1].Apply})
	m = 4
	println(h(1))
	println(global.Apply(1))
	var e interface{} = Mul(2)
	_, isOp := e.(Op)
	println(isOp)
	e = &m
	op, isOp := e.(Op)
	println(isOp, op.Apply(2))
	switch v := e.(type) {
	case Op:
		println("op", v.Apply(3))
	}
outer:
	for i := 0; i < 3; i++ {
		switch ops[i].(type) {
		case *Mul:
			println("mul at", i)
			break outer
		default:
			continue outer
		}
	}
}
