package main

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Pos  Point
	tags [2]string
}

type Base struct {
	ID   int
	Kind string
}

type Derived struct {
	Base
	*Point
	Extra float64
}

type Mixed struct {
	a int8
	b int64
	c int16
	d bool
	e float32
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func origin() Point { return Point{} }

func scale(p *Point, k int) {
	p.X *= k
	p.Y = p.Y * k
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	println(p.X, p.Y, q.X, q.Y)
	r := move(p, 10)
	println(p.X, r.X)
	println(p == r, p != r, p == Point{1, 2})

	n := Named{Name: "n", Pos: Point{3, 4}}
	n.Pos.X = 30
	n.tags[1] = "t"
	m := n
	m.Pos.Y = 40
	println(n.Name, n.Pos.X, n.Pos.Y, m.Pos.Y, n.tags[1], n == m)
	m.Pos.Y = 4
	println(n == m)

	pp := &p
	pp.X = 7
	(*pp).Y = 8
	println(p.X, p.Y, pp.X)
	scale(pp, 3)
	println(p.X, p.Y)
	p.X++
	pp.Y--
	println(p.X, p.Y)

	d := Derived{Base: Base{ID: 9, Kind: "k"}, Point: &Point{5, 6}, Extra: 1.5}
	println(d.ID, d.Kind, d.X, d.Y, d.Extra, d.Base.ID)
	d.X = 50
	d.ID++
	println(d.Point.X, d.Base.ID)
	e := d
	e.Y = 60 // shares *Point
	println(d.Y)

	mx := Mixed{a: -1, b: 1 << 40, c: 300, d: true, e: 2.5}
	my := mx
	println(mx == my, mx.a, mx.b, mx.c, mx.d, mx.e)
	my.e = 3
	println(mx == my)
	println(origin().X, origin() == Point{})

	type local struct{ a, b string }
	l1 := local{"x", "y"}
	l2 := local{"x", "y" + ""}
	println(l1 == l2)
	arr := [2]Point{{1, 2}, {3, 4}}
	arr[1].X = 33
	println(arr[0].Y, arr[1].X)
}
