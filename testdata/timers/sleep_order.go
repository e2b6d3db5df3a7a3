// Checks: time.Sleep parks goroutines on timers and wakes them in order of
// their deadlines; Sleep(0) and negative durations return at once; the
// time slept is at least what was asked for.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero and negative sleeps return:", time.Since(start) < time.Second)

	// Started in a scrambled order, woken in deadline order. Timers that
	// are due together wake their goroutines in no promised order (the
	// last readied runs first, in gc too), so the gaps are wide enough for
	// a loaded or emulated machine to run each before the next is due.
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, n := range []int{3, 1, 4, 2} {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			t0 := time.Now()
			time.Sleep(time.Duration(n) * 150 * time.Millisecond)
			slept := time.Since(t0)
			mu.Lock()
			order = append(order, n)
			mu.Unlock()
			fmt.Println("woke", n, "slept enough:", slept >= time.Duration(n)*150*time.Millisecond)
		}(n)
	}
	wg.Wait()
	fmt.Println("order:", order)

	// The main goroutine alone sleeping is not a deadlock.
	t0 := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main slept enough:", time.Since(t0) >= 20*time.Millisecond)

	// A sleeping goroutine reuses its timer across sleeps.
	done := make(chan int)
	go func() {
		total := 0
		for i := 0; i < 5; i++ {
			time.Sleep(2 * time.Millisecond)
			total++
		}
		done <- total
	}()
	fmt.Println("sleeps in a loop:", <-done)
	fmt.Println("total at least 630ms:", time.Since(start) >= 630*time.Millisecond)
}
