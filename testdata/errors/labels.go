package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
	for {
		break L1 // ERROR "break label not defined: L1"
	}
	goto L2 // ERROR "goto L2 jumps over declaration of x at labels.go:14:4"
	x := 1
	_ = x
L2:
L3:
	for {
		break L3
	}
L3: // ERROR "label L3 already defined at labels.go:17:1"
	for {
		continue L5 // ERROR "continue label not defined: L5"
	}
}
