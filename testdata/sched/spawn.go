// Goroutines spawned from goroutines, far more than the run queues hold:
// work stealing and the global queue spread them over the Ps.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var inner sync.WaitGroup
			for j := 0; j < 2000; j++ {
				inner.Add(1)
				go func(j int) {
					defer inner.Done()
					n.Add(int64(j))
				}(j)
			}
			inner.Wait()
		}()
	}
	wg.Wait()
	fmt.Println(n.Load())
}
