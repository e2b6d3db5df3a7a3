package main

func main() {
	n := 10
	s := make([]byte, n, n/2)
	println(len(s))
}
