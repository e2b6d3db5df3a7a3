package main

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Total() int     { return a.total }

type Num int

func (n Num) Times(k int) int { return int(n) * k }

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	var a Acc
	add := a.Add
	add(3)
	add(4)
	println(a.total)
	get := a.Total
	a.Add(100)
	println(get(), a.Total())
	n := Num(6)
	t := n.Times
	n = 7
	println(t(2), apply(n.Times, 3))
	f := Num.Times
	println(f(5, 5))
	g := (*Acc).Add
	println(g(&a, 1))
	h := (*Acc).Total
	println(h(&a))
}
