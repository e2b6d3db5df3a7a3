// Tuple assignment (§Assignment statements): the operands on the left, calls
// included, are evaluated left to right before the right-hand side; then the
// assignments are made left to right, each with its own nil or bounds check.
// Also x.f through a defined pointer type (type P *struct{...}).
package main

var trace []int
var n int

func next() int { n++; trace = append(trace, n); return n }

var cells [10]int

func cell() *int { return &cells[next()] }

func pair() (int, int) { return next(), next() }

type P *struct{ x struct{ y int } }

func main() {
	*cell(), *cell() = next(), next()
	println(cells[1], cells[2])
	m := map[int]int{}
	var ok bool
	*cell(), ok = m[next()]
	println(n, ok)
	*cell(), *cell() = pair()
	println(cells[6], cells[7])

	func() {
		var p *int
		defer func() { println("len(m) after nil store:", len(m), recover() != nil) }()
		m[1], *p = 1, 2
	}()
	func() {
		s := []int{}
		defer func() { println("len(m) after bounds panic:", len(m), recover() != nil) }()
		m[2], s[1] = 2, 2
	}()
	func() {
		var g int
		var nm map[int]int
		defer func() { println("g after nil map store:", g, recover() != nil) }()
		nm[0], g = 1, 2
	}()

	x := struct{ x struct{ y int } }{}
	var q P = &x
	p := q
	p, p.x.y = nil, 7
	println(q.x.y, p == nil)
	i, a := 0, []int{1, 2}
	i, a[i] = 1, 9
	println(i, a[0], a[1])
}
