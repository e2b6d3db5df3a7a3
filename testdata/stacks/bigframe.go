// Recursion through frames bigger than a whole first segment: a local
// [64<<10]byte array in every frame.
package main

import "fmt"

func big(n int, seed byte) int {
	var buf [64 << 10]byte
	// A sparse loop: a dense one over 64 KiB compiles very slowly today
	// (LLVM's pipeline on such a loop, not the stack check).
	for i := 0; i < len(buf); i += 1021 {
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
		var b [10000]int
		b[n%10000] = n
		b[(n*7)%10000] += 3
		return mixed(n-1) + b[n%10000]%5
	}
	return mixed(n-1)*3%1000003 + 1
}

func main() {
	fmt.Println(big(100, 7))
	fmt.Println(mixed(600))
	done := make(chan int)
	go func() { done <- big(150, 1) }()
	fmt.Println(<-done)
}
