package main

type S int

func (s S) String() string { return "S!" }

func main() {
	panic(S(3))
}
