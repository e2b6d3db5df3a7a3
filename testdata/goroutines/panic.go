package main

import "runtime"

// An unrecovered panic in a goroutine other than main ends the program.
// (gc numbers goroutines per P: the report's "goroutine 6" holds with one
// P only, so the program runs on one whatever GOMAXPROCS says.)
func main() {
	runtime.GOMAXPROCS(1)
	c := make(chan int)
	go func() { c <- 1 }()
	<-c
	go func() {
		defer println("deferred in goroutine")
		panic("boom")
	}()
	<-c
}
