// A finalizer does not run while its object is reachable (from a stack with runtime.KeepAlive, or
// from a global), and runs once the last reference is gone.
package main

import "runtime"

type T struct {
	id   int
	data []int
}

var ran = make(chan int, 4)
var global *T

// finalized collects and lets the finalizer goroutine run, three times; it
// reports a finalizer that ran.
func finalized() bool {
	for i := 0; i < 3; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	select {
	case id := <-ran:
		println("finalized:", id)
		return true
	default:
		return false
	}
}

func main() {
	done := make(chan bool)
	go func() {
		t := &T{id: 1, data: make([]int, 100)}
		runtime.SetFinalizer(t, func(t *T) { ran <- t.id })
		println("1 while kept alive, finalized:", finalized())
		t.data[99] = 7
		runtime.KeepAlive(t)

		global = &T{id: 2}
		runtime.SetFinalizer(global, func(t *T) { ran <- t.id })
		done <- true
	}()
	<-done
	runtime.Gosched() // the goroutine ends
	runtime.GC()
	println("1 once its goroutine ended, finalizer ran for", <-ran)
	println("2 while referenced by a global, finalized:", finalized())
	println("global.id", global.id)
	global = nil
	runtime.GC()
	println("2 once the global is nil, finalizer ran for", <-ran)
}
