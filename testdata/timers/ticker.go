// Checks: a Ticker delivers ticks until Stop, Ticker.Reset changes its
// period, time.Tick works, and a non-positive interval panics as in gc.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 1; i <= 5; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Stop()
	fmt.Println("5 ticks took at least 50ms:", time.Since(start) >= 50*time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop (wrong)")
	default:
		fmt.Println("no tick after stop")
	}

	// Reset to a longer period: the next tick comes after it.
	tk = time.NewTicker(5 * time.Millisecond)
	<-tk.C
	t0 := time.Now()
	tk.Reset(80 * time.Millisecond)
	select { // a tick sent before the Reset may wait in the channel
	case <-tk.C:
	default:
	}
	<-tk.C
	fmt.Println("reset period respected:", time.Since(t0) >= 70*time.Millisecond)
	tk.Stop()

	// A slow reader drops ticks (the channel has room for one).
	tk = time.NewTicker(2 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("buffered ticks:", len(tk.C))
	tk.Stop()

	c := time.Tick(3 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-c
	}
	fmt.Println("time.Tick ticked 3 times")
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
