package main

func main() {
	s := "hello"
	i := 4
	j := 2
	println(s[i:])
	println(s[i:j])
}
