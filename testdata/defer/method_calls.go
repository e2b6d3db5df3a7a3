// Deferred method calls: the receiver and the arguments are evaluated at the
// defer statement, the call made at return (value, pointer, interface and
// promoted receivers; go statements share the path).
package main

type T struct{ n int }

func (t T) Show(s string) { println("show", t.n, s) }
func (t *T) Inc()          { t.n++; println("inc", t.n) }

type I interface{ Show(string) }

type Outer struct {
	*T
	name string
}

func f() (r int) {
	t := T{1}
	defer t.Show("value receiver, copied at defer")
	defer t.Inc()
	p := &t
	defer p.Show("through a pointer, copied at defer")
	var i I = T{5}
	defer i.Show("interface")
	o := Outer{&T{7}, "o"}
	defer o.Inc()
	defer o.Show("promoted")
	defer func() { r = t.n }()
	t.n = 10
	return 0
}

func main() {
	println("f returned", f())
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		var i I
		defer i.Show("nil interface")
		println("not reached")
	}()
}
