// Loops of every shape the compiler can produce, each spinning forever in
// its own goroutine: a goto loop, a loop LLVM makes from tail recursion, a
// loop nest, a loop over a slice that restarts, a select-free channel
// poll. main must still finish, after a sleep and a collection.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sinks [8]int

func gotoLoop(started chan bool) {
	started <- true
	i := 0
again:
	i++
	sinks[0] = i
	goto again
}

// tail: tail recursion, which LLVM turns into a loop without a call (gc
// recurses: the depth stays modest).
func tail(n, limit int) int {
	sinks[1] = n
	if n == limit {
		return n
	}
	return tail(n+1, limit)
}

func nest(started chan bool) {
	started <- true
	for {
		for i := 0; i < 1000; i++ {
			for j := 0; j < i; j++ {
				sinks[2] += j
			}
		}
	}
}

func slices(started chan bool) {
	started <- true
	s := make([]int, 100)
	for {
		for i := range s {
			s[i] += i
		}
		sinks[3] = s[99]
	}
}

func main() {
	started := make(chan bool)
	go gotoLoop(started)
	<-started
	go func() {
		started <- true
		for {
			tail(0, 1<<16)
		}
	}()
	<-started
	go nest(started)
	<-started
	go slices(started)
	<-started
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept")
	runtime.GC()
	fmt.Println("collected")
	c := make(chan int)
	go func() { c <- 42 }()
	fmt.Println("received", <-c)
}
