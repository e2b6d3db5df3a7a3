package main

// Every goroutine blocked: gc's deadlock report lists them all.
// (Goroutine numbers are gc's with GOMAXPROCS=1; regenerate under
// `taskset -c 0`.)
func main() {
	c := make(chan int)
	go func() { c <- 1; c <- 2 }()
	go func() {
		var x chan int
		<-x
	}()
	d := make(chan int)
	go func() {
		select {
		case <-d:
		case d <- 1:
		}
	}()
	go func() {
		var x chan string
		x <- "never"
	}()
	go func() { e := make(chan int); e <- 5 }()
	println(<-c, <-c)
	<-c
}
