package main

import "sync"

// Spawning 100k goroutines that each do a little work, joined with a
// WaitGroup: newproc, the run queues, stealing and goexit's recycling.
func main() {
	const n = 100000
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i & 7
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	println(total)
}
