// Checks: many AfterFunc timers stopped and reset at random (a fixed seed)
// while they fire: every timer still active at the end has fired, no
// earlier than its last deadline; stopped ones do not count. Exercises the
// heap's re-sorting of reset timers and the clearing of stopped ones.
package main

import (
	"fmt"
	"math/rand"
	"time"
)

type rec struct {
	t        *time.Timer
	deadline time.Time
	active   bool
	fired    chan time.Time
}

func main() {
	r := rand.New(rand.NewSource(1))
	const N = 300
	recs := make([]*rec, N)
	for i := range recs {
		d := time.Duration(r.Intn(200)+1) * time.Millisecond
		rc := &rec{fired: make(chan time.Time, 4), active: true}
		rc.deadline = time.Now().Add(d)
		ch := rc.fired
		rc.t = time.AfterFunc(d, func() { ch <- time.Now() })
		recs[i] = rc
	}
	bad := 0
	for step := 0; step < 6000; step++ {
		rc := recs[r.Intn(N)]
		switch r.Intn(3) {
		case 0:
			if rc.t.Stop() {
				rc.active = false
			}
		case 1:
			d := time.Duration(r.Intn(200)+1) * time.Millisecond
			// The deadline is taken before Reset: the timer cannot
			// rightly fire before it, however late this goroutine runs.
			rc.deadline = time.Now().Add(d)
			rc.t.Reset(d)
			rc.active = true
		case 2:
			if step%100 == 0 {
				time.Sleep(time.Millisecond)
			}
		}
	}
	time.Sleep(400 * time.Millisecond)
	fired, stopped := 0, 0
	for _, rc := range recs {
		var last time.Time
		n := 0
	drain:
		for {
			select {
			case t := <-rc.fired:
				// The latest firing, whatever order the sending
				// goroutines ran in.
				if t.After(last) {
					last = t
				}
				n++
			default:
				break drain
			}
		}
		if rc.active {
			if n == 0 || last.Before(rc.deadline) {
				bad++
			}
			fired++
		} else {
			stopped++
		}
	}
	fmt.Println("fired", fired > 0, "stopped", stopped > 0, "bad", bad)
}
