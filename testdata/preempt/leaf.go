// Loops whose bodies call only tiny leaf functions (which have no prologue
// check of their own) and main yielding with Gosched: main must get its
// processor back each time.
package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return x
}

var sink uint64

func spinner(id uint64, started chan bool) {
	started <- true
	h := id
	for {
		h = mix(h)
		sink = h
	}
}

func main() {
	started := make(chan bool)
	for i := uint64(1); i <= 3; i++ {
		go spinner(i, started)
		<-started
	}
	for i := 0; i < 5; i++ {
		runtime.Gosched()
		fmt.Println("main ran again:", i)
	}
}
