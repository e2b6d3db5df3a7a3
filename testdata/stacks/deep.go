// A million-deep recursion, in main and in a goroutine: the stack grows
// from its small first segment through many segments and back.
package main

type node struct{ v int }

// depth defeats LLVM's accumulator-recursion elimination: a heap pointer
// crosses each call and the result is used non-associatively after it.
func depth(n int, p *node) int {
	if n == 0 {
		return p.v
	}
	q := &node{v: n}
	r := depth(n-1, q)
	return r*3 - q.v%7
}

// sum keeps a value in each frame that is needed after the call.
func sum(n int) int {
	if n == 0 {
		return 0
	}
	x := n * n % 13
	return x ^ sum(n-1)
}

func main() {
	println(depth(1000000, &node{1}) % 1000)
	println(sum(1000000))
	done := make(chan int)
	go func() { done <- depth(1000000, &node{2}) % 1000 }()
	println(<-done)
	go func() { done <- sum(2000000) }()
	println(<-done)
	// Again: the segments of the first recursions were released or cached.
	println(depth(1000000, &node{3}) % 1000)
}
