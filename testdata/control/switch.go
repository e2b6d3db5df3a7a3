// Checks: switch with tag, without tag, with init statement, multiple values per case, string tags, default anywhere.
package main

func name(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4:
		return "weekday"
	default:
		return "unknown"
	case 5:
		return "friday"
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func lang(s string) int {
	switch s {
	case "go", "Go":
		return 1
	case "swift":
		return 2
	case "":
		return -1
	}
	return 0
}

var evals = 0

func val(v int) int {
	evals++
	return v
}

func main() {
	for d := -1; d <= 7; d++ {
		println(d, name(d))
	}
	println(grade(95), grade(85), grade(75), grade(10))
	println(lang("go"), lang("Go"), lang("swift"), lang(""), lang("rust"))
	switch x := 5; {
	case x > 3:
		println("x > 3")
	case x > 1:
		println("x > 1")
	}
	switch x := val(2) * 3; x {
	case val(1), val(6), val(7):
		println("matched", x)
	}
	println("evals", evals)
	switch {
	}
	switch val(0) {
	default:
		println("only default")
	}
	t := true
	switch t {
	case false:
		println("false")
	case true:
		println("true")
	}
	f := 2.5
	switch f {
	case 2.5:
		println("float case")
	}
}
