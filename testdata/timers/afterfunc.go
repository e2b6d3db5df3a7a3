// Checks: AfterFunc runs f in its own goroutine after the duration, in
// deadline order; Stop before it fires prevents it; Reset re-arms it.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string, 10)
	// Wide gaps: funcs due together start in no promised order.
	time.AfterFunc(160*time.Millisecond, func() { ch <- "second" })
	time.AfterFunc(10*time.Millisecond, func() { ch <- "first" })
	time.AfterFunc(310*time.Millisecond, func() { ch <- "third" })
	for i := 0; i < 3; i++ {
		fmt.Println(<-ch)
	}

	never := time.AfterFunc(50*time.Millisecond, func() { ch <- "stopped (wrong)" })
	fmt.Println("stop before firing:", never.Stop())
	time.Sleep(100 * time.Millisecond)
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("stopped func did not run")
	}

	again := time.AfterFunc(time.Millisecond, func() { ch <- "ran" })
	fmt.Println(<-ch)
	fmt.Println("reset after run:", again.Reset(5*time.Millisecond))
	fmt.Println(<-ch, "again")

	// f may block: it runs on its own goroutine, not in the scheduler.
	unblock := make(chan bool)
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { <-unblock; done <- true })
	time.Sleep(10 * time.Millisecond)
	unblock <- true
	fmt.Println("blocking func finished:", <-done)

	// f may start timers itself.
	time.AfterFunc(time.Millisecond, func() {
		time.AfterFunc(time.Millisecond, func() { ch <- "nested" })
	})
	fmt.Println(<-ch)
}
