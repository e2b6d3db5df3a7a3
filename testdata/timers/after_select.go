// Checks: time.After in a select, against a ready channel (the channel
// wins) and against one that is never ready (the timeout wins); a
// zero-duration After fires at once; the value received is a time.
package main

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan string, 1)
	ready <- "value"
	select {
	case v := <-ready:
		fmt.Println("ready channel won:", v)
	case <-time.After(time.Second):
		fmt.Println("timeout (wrong)")
	}

	never := make(chan string)
	start := time.Now()
	select {
	case v := <-never:
		fmt.Println("never channel (wrong):", v)
	case t := <-time.After(30 * time.Millisecond):
		fmt.Println("timeout won, after start:", !t.Before(start), "waited enough:", time.Since(start) >= 30*time.Millisecond)
	}

	<-time.After(0)
	fmt.Println("After(0) fired")

	// A sender that is slower than the timeout, then one that is faster.
	for _, d := range []time.Duration{400 * time.Millisecond, 5 * time.Millisecond} {
		c := make(chan int, 1)
		go func(d time.Duration) {
			time.Sleep(d)
			c <- int(d / time.Millisecond)
		}(d)
		select {
		case v := <-c:
			fmt.Println("worker finished first:", v)
		case <-time.After(150 * time.Millisecond):
			fmt.Println("timed out waiting for", d)
		}
	}

	// Timeouts in a loop: each iteration's timer is independent.
	timeouts := 0
	for i := 0; i < 10; i++ {
		select {
		case <-never:
		case <-time.After(time.Millisecond):
			timeouts++
		}
	}
	fmt.Println("timeouts:", timeouts)
}
