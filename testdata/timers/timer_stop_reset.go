// Checks: Timer.Stop and Timer.Reset and their results (gc's semantics):
// Stop before firing is true, again false, after firing false; Reset of an
// active timer is true, of a stopped or fired one false; a reset to an
// earlier or later time takes effect.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop expired:", t.Stop())
	fmt.Println("reset expired:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	// Stop on a timer that fired but whose value was not received yet:
	// false, and the value stays in the channel.
	e := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop fired-unread:", e.Stop(), "pending values:", len(e.C))
	<-e.C

	// Reset to an earlier time: a (originally later) fires before b. (A
	// select with both ready would pick at random: wide gaps.)
	a := time.NewTimer(time.Hour)
	b := time.NewTimer(250 * time.Millisecond) // 60 ms before c: a wide gap, so that b has fired on any P by then
	fmt.Println("reset active earlier:", a.Reset(10*time.Millisecond))
	select {
	case <-a.C:
		fmt.Println("a fired first")
	case <-b.C:
		fmt.Println("b fired first (wrong)")
	}
	// Reset to a later time: c (originally first) fires after d.
	c := time.NewTimer(10 * time.Millisecond)
	d := time.NewTimer(60 * time.Millisecond)
	fmt.Println("reset active later:", c.Reset(300*time.Millisecond))
	select {
	case <-c.C:
		fmt.Println("c fired first (wrong)")
	case <-d.C:
		fmt.Println("d fired first")
	}
	<-c.C
	fmt.Println("c fired later")
	fmt.Println("stop b (fired, unread):", b.Stop())

	// Many timers stopped before they fire never deliver anything.
	var stopped []*time.Timer
	for i := 0; i < 100; i++ {
		stopped = append(stopped, time.NewTimer(time.Duration(i+1)*time.Millisecond))
	}
	n := 0
	for _, s := range stopped {
		if s.Stop() {
			n++
		}
	}
	time.Sleep(300 * time.Millisecond)
	late := 0
	for _, s := range stopped {
		select {
		case <-s.C:
			late++
		default:
		}
	}
	fmt.Println("stopped:", n+late == 100, "delivered after stop:", late == 100-n)

	// The zero Timer cannot be reset: gc's panic.
	defer func() { fmt.Println("recovered:", recover()) }()
	var z time.Timer
	z.Reset(time.Second)
}
