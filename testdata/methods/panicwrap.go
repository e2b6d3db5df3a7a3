package main

import "fmt"

// Calling a value method through an interface holding a nil *T panics in
// the compiler-made (*T).M wrapper with gc's panicwrap message.

type T struct{ x int }

func (t T) Get() int { return t.x }

type Getter interface{ Get() int }

//go:noinline
func call(g Getter) int { return g.Get() }

type Inner struct{ n int }

func (i Inner) N() int { return i.n }

type Outer struct{ *Inner }

type Ner interface{ N() int }

//go:noinline
func callN(n Ner) int { return n.N() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if err, ok := r.(error); ok {
			fmt.Printf("  %T\n", err)
		}
	}()
	f()
}

func main() {
	try("value method via nil *T", func() { call((*T)(nil)) })
	try("non-nil", func() { fmt.Println(call(&T{7})) })
	try("promoted through nil embedded pointer", func() { callN(Outer{}) })
}
