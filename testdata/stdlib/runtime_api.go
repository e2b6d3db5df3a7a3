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
	var head *node
	for i := 0; i < 10000; i++ {
		head = &node{next: head}
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	runtime.KeepAlive(head)
	head = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	println("collected:", after.NumGC > before.NumGC, after.Mallocs >= 10000, after.HeapAlloc < before.HeapAlloc)
	println(runtime.NumCPU() > 0, runtime.GOOS, len(runtime.Version()) > 2)
}
