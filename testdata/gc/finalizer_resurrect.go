// A finalizer may make its object reachable again: the object and everything it references stay
// intact, and a finalizer set again from inside the finalizer runs at the next collection.
package main

import "runtime"

type node struct {
	id   int
	next *node
	text string
}

var saved *node
var ran = make(chan int, 4)

func second(n *node) { ran <- n.id * 100 }

func first(n *node) {
	saved = n // resurrected
	runtime.SetFinalizer(n, second)
	ran <- n.id
}

func main() {
	done := make(chan bool)
	go func() {
		n := &node{id: 7, text: "seven"}
		for i := 0; i < 50; i++ {
			n.next = &node{id: i, next: n.next, text: "list"}
		}
		runtime.SetFinalizer(n, first)
		done <- true
	}()
	<-done
	runtime.GC()
	println("first finalizer:", <-ran)
	// Collections while the object is reachable from saved again.
	for i := 0; i < 3; i++ {
		runtime.GC()
		b := make([]*node, 1000)
		for j := range b {
			b[j] = &node{id: -1, text: "garbage"}
		}
	}
	sum, count := 0, 0
	for p := saved.next; p != nil; p = p.next {
		sum += p.id
		count++
	}
	println("resurrected:", saved.id, saved.text, "list", count, sum)
	saved = nil
	runtime.GC()
	println("second finalizer:", <-ran)
}
