package main

type K struct{ a, b int }

func main() {
	x, f, s := 1, 1.5, "a"
	var i interface{} = x
	switch x {
	case 1, 2, 3:
	case 4, 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	}
	switch f {
	case 1:
	case 1.0: // ERROR "duplicate case 1.0 \(constant 1 of type float64\) in expression switch"
	}
	switch s {
	case "a", "b" + "c", "bc": // ERROR "duplicate case .bc. \(constant of type string\) in expression switch"
	}
	switch i {
	case 1, 1.0, int8(1), "1": // distinct: int, float64, int8 and string values
	case int8(1): // ERROR "duplicate case int8\(1\) \(constant 1 of type int8\) in expression switch"
	}
	switch i.(type) {
	case nil, int, []byte:
	case []uint8: // ERROR "duplicate case \[\]uint8 in type switch"
	case nil: // ERROR "duplicate case nil in type switch"
	}
	_ = map[float64]int{1: 1, 1.0: 2} // ERROR "duplicate key 1 in map literal"
	_ = map[K]bool{{1, 2}: true, {1, 2}: false}
	_ = map[interface{}]int{1: 1, int64(1): 2, 1: 3} // ERROR "duplicate key 1 in map literal"
	_ = [...]string{2: "a", 1: "b", "c"} // ERROR "duplicate index 2 in array or slice literal"
}
