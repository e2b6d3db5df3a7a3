// Pointers held only in deep frames, on older segments, survive
// collections started from deeper ones (and, run under GODEBUG=gcstress=1,
// collections at every allocation).
package main

import (
	"fmt"
	"runtime"
)

type obj struct {
	n    int
	data []int
}

func hold(n int) int {
	o := &obj{n: n, data: make([]int, 4)}
	for i := range o.data {
		o.data[i] = n + i
	}
	if n == 0 {
		runtime.GC()
		return 0
	}
	if n%50000 == 0 {
		runtime.GC()
		_ = make([]byte, 1<<16) // reuse freed memory if o were lost
	}
	r := hold(n - 1)
	return (r + o.data[3] - o.n) % 1000003
}

func main() {
	fmt.Println(hold(300000))
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { done <- hold(100000 + i) }(i)
	}
	s := 0
	for i := 0; i < 3; i++ {
		s += <-done
	}
	fmt.Println(s)
}
