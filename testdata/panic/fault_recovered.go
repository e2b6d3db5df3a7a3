package main

import (
	"fmt"
	"unsafe"
)

// A hardware fault near address zero, reached through unsafe arithmetic
// (no nil check can see it), is a recoverable nil-dereference panic in gc.

type T struct{ a [10]int }

func field(p *T) int {
	q := (*int)(unsafe.Add(unsafe.Pointer(p), 16))
	return *q
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(name, "recovered:", r, ok)
		if ok {
			fmt.Println("  type:", fmt.Sprintf("%T", err))
		}
	}()
	f()
}

func main() {
	try("load", func() { fmt.Println(field(nil)) })
	try("store", func() {
		var p *T
		*(*int)(unsafe.Add(unsafe.Pointer(p), 24)) = 1
	})
	try("again", func() { fmt.Println(field(nil)) })
	fmt.Println("done")
}
