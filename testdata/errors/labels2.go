package main

func main() {
	goto inner // ERROR "goto inner jumps into block starting at labels2.go:5:2"
	{
	inner:
	}
L:
	if true {
		break L // ERROR "invalid break label L"
	}
M:
	switch {
	case true:
		continue M // ERROR "invalid continue label M"
	}
	for {
		select {
		default:
			continue
		}
	}
}
