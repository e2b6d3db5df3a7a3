// Checks: expression switches with init statements, fallthrough chains, and type switches over many kinds.
package main

type Celsius float64
type Named struct{ n string }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "integer"
	case string:
		return "string of " + string(rune('0'+len(x)))
	case Celsius:
		if x > 30 {
			return "hot"
		}
		return "mild"
	case []int:
		return "slice"
	case error:
		return "error"
	case *Named:
		return "named " + x.n
	default:
		return "other"
	}
}

func grade(n int) string {
	switch s := n / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		fallthrough
	case 6:
		return "C or D"
	}
	return "F"
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", Celsius(35), Celsius(20), []int{1}, &Named{"x"}, 2.5}
	for _, v := range vals {
		print(classify(v), "; ")
	}
	println()
	for _, n := range []int{100, 95, 85, 75, 65, 10} {
		print(grade(n), " ")
	}
	println()
	x := 5
	switch {
	case x > 3:
		println("gt3")
		fallthrough
	case x > 100:
		println("fell into gt100")
	default:
		println("default")
	}
}
