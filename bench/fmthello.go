package main

// fmt's hello world: the binary-size benchmark of issue #7 (fmt brings in
// reflect, strconv, os, time and the method tables they keep).

import "fmt"

func main() {
	fmt.Println("hello, world")
}
