package main

// An unrecovered panic in a goroutine other than main ends the program.
// (gc numbers goroutines per P: this report's "goroutine 6" is gc's with
// GOMAXPROCS=1; regenerate under `taskset -c 0`.)
func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	<-c
	go func() {
		defer println("deferred in goroutine")
		panic("boom")
	}()
	<-c
}
