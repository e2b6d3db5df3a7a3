// runtime.SetFinalizer(x, nil) removes x's finalizer; a finalizer can be set again after that.
package main

import "runtime"

type T struct {
	id int
	p  *int
}

var ran = make(chan int, 4)

func fin(t *T) { ran <- t.id }

func main() {
	done := make(chan bool)
	go func() {
		a := &T{id: 1}
		runtime.SetFinalizer(a, fin)
		runtime.SetFinalizer(a, nil) // cancelled
		b := &T{id: 2}
		runtime.SetFinalizer(b, fin)
		runtime.SetFinalizer(b, nil)
		runtime.SetFinalizer(b, fin) // set again
		c := &T{id: 3}
		runtime.SetFinalizer(c, nil) // nothing to remove
		done <- true
	}()
	<-done
	runtime.GC()
	println("finalized:", <-ran)
	for i := 0; i < 3; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	select {
	case id := <-ran:
		println("cancelled finalizer ran:", id)
	default:
		println("no other finalizer ran")
	}
}
