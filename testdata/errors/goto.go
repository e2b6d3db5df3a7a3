package main

func f(n int) int {
	goto L // ERROR "goto L jumps over declaration of a, b at goto.go:5:7"
	a, b := n, n
L:
	_, _ = a, b
	goto M // ERROR "goto M jumps into block starting at goto.go:9:11"
	if n > 0 {
	M:
		n--
	}
	goto N // ERROR "goto N jumps over declaration of c at goto.go:14:6"
	var c, d int
N:
	_, _ = c, d
	for i := 0; i < n; i++ {
		goto out // jumping out of a block is fine
	}
out:
	goto P // ERROR "goto P jumps into block starting at goto.go:24:2"
	switch n {
	case 1:
	case 2:
	P:
		n++
	}
	goto Q // fine: the declaration is in an inner block
	{
		e := 1
		_ = e
	}
Q:
	goto R // ERROR "goto R jumps into block starting at goto.go:35:6"
	for {
	R:
	}
}

func g() {
	x := 1
	goto back // backward jumps may cross declarations
back:
	y := x
	if y > 0 {
		goto back
	}
	goto undefined // ERROR "label undefined not defined"
}

func main() { _ = f(1); g() }
