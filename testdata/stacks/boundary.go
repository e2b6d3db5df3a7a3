// A call loop at a segment boundary: every call crosses to a new segment
// and back (the segment is cached on the g, so this is a switch, not an
// allocation), and the results stay right.
package main

import "fmt"

func leafish(x int) int {
	if x < 0 {
		return leafish(x + 1)
	}
	return x*3 + 1
}

func descend(n, iters int) int {
	if n > 0 {
		return descend(n-1, iters) + 1
	}
	s := 0
	for i := 0; i < iters; i++ {
		s += leafish(i) % 7
	}
	return s
}

func main() {
	// Different depths put the loop at different places relative to a
	// segment boundary; one of them sits right at it.
	total := 0
	for d := 0; d < 400; d++ {
		total += descend(d, 2000)
	}
	fmt.Println(total)
}
