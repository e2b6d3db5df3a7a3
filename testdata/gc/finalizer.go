// Finalizers run once, after runtime.GC finds their objects unreachable, with the object as
// argument: pointer, any and non-empty interface parameters, closures, method values, a finalizer
// with a result, a large object, and what the object references is still intact.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type T struct {
	id    int
	child *T
	name  string
}

func (t *T) Name() string { return fmt.Sprintf("T%d(%s)", t.id, t.name) }

type Namer interface{ Name() string }

type Big struct {
	data [5000]int
	id   int
}

type recorder struct{ prefix string }

func (r *recorder) note(t *T) { results <- r.prefix + t.Name() }

var results = make(chan string, 16)

// inGoroutine runs f on a goroutine that has exited when it returns, so no
// stack still holds what f allocated.
func inGoroutine(f func()) {
	done := make(chan bool)
	go func() { f(); done <- true }()
	<-done
}

func setup() {
	a := &T{id: 1, name: "pointer", child: &T{id: 10, name: "child"}}
	runtime.SetFinalizer(a, func(t *T) { results <- "ptr " + t.Name() + " child " + t.child.Name() })

	b := &T{id: 2, name: "any"}
	runtime.SetFinalizer(b, func(x any) { results <- fmt.Sprintf("any %T %s", x, x.(*T).Name()) })

	c := &T{id: 3, name: "iface"}
	runtime.SetFinalizer(c, func(n Namer) { results <- "iface " + n.Name() })

	prefix := "closure "
	d := &T{id: 4, name: "closure"}
	runtime.SetFinalizer(d, func(t *T) { results <- prefix + t.Name() })

	r := &recorder{prefix: "method value "}
	e := &T{id: 5, name: "method"}
	runtime.SetFinalizer(e, r.note)

	f := &T{id: 6, name: "result"}
	runtime.SetFinalizer(f, func(t *T) int { results <- "with result " + t.Name(); return 42 })

	g := &Big{id: 7}
	g.data[4999] = 99
	runtime.SetFinalizer(g, func(b *Big) { results <- fmt.Sprintf("big %d %d", b.id, b.data[4999]) })
}

func main() {
	inGoroutine(setup)
	runtime.GC()
	var got []string
	for i := 0; i < 7; i++ {
		got = append(got, <-results)
	}
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(s)
	}
	// Each finalizer ran once: another cycle queues nothing.
	runtime.GC()
	runtime.Gosched()
	select {
	case s := <-results:
		fmt.Println("ran twice:", s)
	default:
		fmt.Println("each finalizer ran once")
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
