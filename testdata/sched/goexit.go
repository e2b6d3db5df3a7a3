// runtime.Goexit runs the goroutine's deferred calls, newest first, across
// frames; recover returns nil in them; the goroutine then ends.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func inner(out chan<- string) {
	defer func() { out <- "inner deferred" }()
	runtime.Goexit()
	out <- "not reached (inner)"
}

func worker(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() { out <- fmt.Sprint("recover during Goexit: ", recover()) }()
	defer func() { out <- "worker deferred" }()
	inner(out)
	out <- "not reached (worker)"
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(&wg, out)
		wg.Wait()
	}
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	// A worker may still be between wg.Done and its end: wait for it.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
