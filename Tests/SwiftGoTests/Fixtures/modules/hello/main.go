package main

import (
	"example.com/hello/greet"
	"strings"
)

func main() {
	println(greet.Hello(strings.ToUpper("world")))
}
