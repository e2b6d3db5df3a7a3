package main

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ W, H int }
type Square struct{ S int }

func (r Rect) Area() int       { return r.W * r.H }
func (r Rect) Perimeter() int  { return 2 * (r.W + r.H) }
func (s *Square) Area() int     { return s.S * s.S }
func (s *Square) Perimeter() int { return 4 * s.S }

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func describe(s Shape) {
	println(s.Area(), s.Perimeter())
}

func main() {
	var s Shape = Rect{3, 4}
	describe(s)
	sq := &Square{5}
	describe(sq)
	sq.S = 6
	describe(sq)
	println(total([]Shape{Rect{1, 2}, sq, Rect{W: 10, H: 10}}))
	var e interface{} = s
	if sh, ok := e.(Shape); ok {
		println("shape", sh.Area())
	}
	println(s != nil)
	s = nil
	println(s == nil)
}
