// Recursion through frames bigger than a whole first segment (2 KiB): the
// compiler splits such functions into a checking wrapper that asks
// morestack for the frame's size, and an unchecked body.
// (A [64<<10]byte local would be the natural test, but swiftgo compiles
// arrays that large very slowly today, with or without the stack check.)
package main

import "fmt"

func big(n int, seed byte) int {
	var buf [4096]byte
	for i := 0; i < len(buf); i += 509 {
		buf[i] = seed + byte(i)
	}
	buf[len(buf)-1] = seed
	if n == 0 {
		return int(buf[len(buf)-1])
	}
	r := big(n-1, seed+1)
	return r + int(buf[n*977%len(buf)])
}

// mixed alternates a big frame and a small one.
func mixed(n int) int {
	if n == 0 {
		return 1
	}
	if n%2 == 0 {
		var b [600]int
		b[n%600] = n
		b[(n*7)%600] += 3
		return mixed(n-1) + b[n%600]%5
	}
	return mixed(n-1)*3%1000003 + 1
}

func main() {
	fmt.Println(big(2000, 7))
	fmt.Println(mixed(20000))
	done := make(chan int)
	go func() { done <- big(3000, 1) }()
	fmt.Println(<-done)
}
