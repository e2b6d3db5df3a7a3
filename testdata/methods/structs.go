package main

type Point struct{ X, Y int }

func (p Point) Sum() int      { return p.X + p.Y }
func (p *Point) Scale(k int)  { p.X *= k; p.Y *= k }
func (p Point) Moved(dx int) Point { p.X += dx; return p }

type Named struct {
	Point
	Name string
}

type Boxed struct {
	*Point
	Tag int
}

func (n Named) Describe() string { return n.Name }

func main() {
	p := Point{1, 2}
	p.Scale(3)
	println(p.X, p.Y, p.Sum())
	q := p.Moved(10)
	println(q.X, p.X)
	n := Named{Point{4, 5}, "n"}
	println(n.Sum(), n.Describe())
	n.Scale(2)
	println(n.X, n.Y, n.Point.Sum())
	b := Boxed{&Point{7, 8}, 1}
	b.Scale(2)
	println(b.Sum(), b.X)
	pp := &n
	pp.Scale(10)
	println(pp.Sum())
}
