// Many goroutines on all Ps: a mutex-protected map, atomics, RWMutex
// readers, Once, a Cond broadcast, and channels fanning in.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	counts := map[int]int{}
	var hits atomic.Int64
	var once sync.Once
	var onceRuns int32
	var wg sync.WaitGroup
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			once.Do(func() { atomic.AddInt32(&onceRuns, 1) })
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counts[i%10]++
				mu.Unlock()
				hits.Add(1)
			}
		}(g)
	}
	wg.Wait()
	keys := make([]int, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(k, ":", counts[k], " ")
	}
	fmt.Println()
	fmt.Println("hits", hits.Load(), "once", atomic.LoadInt32(&onceRuns))

	// RWMutex: readers in parallel with one writer.
	var rw sync.RWMutex
	shared := 0
	var reads atomic.Int64
	for r := 0; r < 16; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.RLock()
				if shared%2 != 0 {
					panic("torn write")
				}
				rw.RUnlock()
				reads.Add(1)
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 500; i++ {
			rw.Lock()
			shared++
			shared++
			rw.Unlock()
		}
	}()
	wg.Wait()
	fmt.Println("reads", reads.Load(), "shared", shared)

	// Cond: everybody waits for the start signal.
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	started := false
	var ready sync.WaitGroup
	results := make(chan int, 32)
	for i := 0; i < 32; i++ {
		ready.Add(1)
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cmu.Lock()
			ready.Done()
			for !started {
				cond.Wait()
			}
			cmu.Unlock()
			results <- i * i
		}(i)
	}
	ready.Wait()
	cmu.Lock()
	started = true
	cond.Broadcast()
	cmu.Unlock()
	wg.Wait()
	close(results)
	total := 0
	for v := range results {
		total += v
	}
	fmt.Println("cond total", total)

	// Fan-in: a pipeline of stages on every P.
	src := make(chan int)
	go func() {
		for i := 1; i <= 10000; i++ {
			src <- i
		}
		close(src)
	}()
	sq := make(chan int)
	var workers sync.WaitGroup
	for w := 0; w < 8; w++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for v := range src {
				sq <- v * v
			}
		}()
	}
	go func() { workers.Wait(); close(sq) }()
	var sum int64
	for v := range sq {
		sum += int64(v)
	}
	fmt.Println("sum of squares", sum)
}
