// Checks: interface embedding, dynamic dispatch through several interface types, and nil interfaces.
package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ Rect }

func (r Rect) Area() float64  { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (s Square) Name() string  { return "square" }

func total(shapes ...Shape) (sum float64, names string) {
	for _, s := range shapes {
		sum += s.Area()
		names += s.Name() + " "
	}
	return
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	println(r.Read(), rw.Read(), r.Read())
	var w Writer = rw
	println(w.Write("three"), rw.Read())
	sum, names := total(Rect{2, 3}, Square{Rect{4, 4}})
	println(sum, names)
	var s Shape
	println(s == nil)
	s = Square{Rect{1, 1}}
	_, isRect := s.(Rect)
	sq, isSq := s.(Square)
	println(isRect, isSq, sq.W)
}
