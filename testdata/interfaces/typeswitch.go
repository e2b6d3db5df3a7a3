package main

type T struct{ a int }
type I interface{ M() int }

func (t T) M() int { return t.a }

type P int

func (p *P) M() int { return int(*p) * 10 }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 10 {
			return "big int"
		}
		return "int"
	case string:
		return "string " + v
	case bool, float64:
		return "bool or float"
	case I:
		println("I:", v.M())
		return "I"
	case []int:
		return "slice"
	case error:
		return "error " + v.Error()
	default:
		return "other"
	}
}

func main() {
	p := P(4)
	xs := []interface{}{nil, 3, 42, "hi", true, 2.5, T{7}, &p, []int{1}, int8(1), uint(3)}
	for _, x := range xs {
		println(classify(x))
	}
	var i I = T{9}
	switch i.(type) {
	case T:
		println("T")
	}
	switch y := i.(type) {
	case *P:
		println("P", y.M())
	case T:
		println("T", y.a)
	}
	n, ok := xs[1].(int)
	println(n, ok)
	s, ok := xs[1].(string)
	println(s == "", ok)
	_, ok = xs[0].(int)
	println(ok)
	println(xs[3].(string))
}
