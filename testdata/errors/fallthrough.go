package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	switch x {
	case 1:
		if true {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	}
}
