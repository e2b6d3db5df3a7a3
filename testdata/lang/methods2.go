// Checks: methods on named slices, maps and funcs; method values and expressions; pointer receivers.
package main

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	println(l.Sum(), len(l))
	c := Counter{}
	c.Add("a")
	c.Add("a")
	c.Add("b")
	println(c["a"], c["b"], len(c))
	mul := Op(func(a, b int) int { return a * b })
	println(mul.Apply(6, 7))
	p := Point{1, 2}
	add := p.Add
	p = Point{10, 20}
	r := add(Point{100, 100})
	println(r.X, r.Y)
	scale := (*Point).Scale
	scale(&p, 3)
	println(p.X, p.Y)
	sum := IntList.Sum
	println(sum(IntList{4, 5}))
}
