// Checks: the runtime package's Go API: GC, Gosched, NumGoroutine, ReadMemStats, KeepAlive, Version.
package main

import "runtime"

type node struct {
	next *node
	data [64]byte
}

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { <-done }()
	}
	runtime.Gosched()
	println("goroutines:", runtime.NumGoroutine())
	for i := 0; i < 3; i++ {
		done <- true
	}
	runtime.Gosched()
	println("goroutines after:", runtime.NumGoroutine())
	// The list is built and dropped on a goroutine that has ended before the
	// collection: a register of main's could otherwise still hold head for a
	// collector that scans stacks conservatively.
	var before, after runtime.MemStats
	built := make(chan bool)
	go func() {
		var head *node
		for i := 0; i < 10000; i++ {
			head = &node{next: head}
		}
		runtime.ReadMemStats(&before)
		runtime.KeepAlive(head)
		built <- true
	}()
	<-built
	runtime.Gosched()
	runtime.GC()
	runtime.ReadMemStats(&after)
	println("collected:", after.NumGC > before.NumGC, after.Mallocs >= 10000, after.HeapAlloc < before.HeapAlloc)
	println(runtime.NumCPU() > 0, runtime.GOOS, len(runtime.Version()) > 2)
}
