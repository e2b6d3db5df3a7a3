package main

func main() {
	c := make(chan int, 3)
	println(len(c), cap(c))
	c <- 1
	c <- 2
	println(len(c), cap(c))
	println(<-c)
	c <- 3
	c <- 4 // wraps around the ring
	println(len(c), cap(c))
	for i := 0; i < 3; i++ {
		println(<-c)
	}

	// A sender blocked on a full buffer: its value goes into the slot freed
	// by the receive, keeping FIFO order.
	d := make(chan string, 2)
	d <- "a"
	d <- "b"
	done := make(chan bool)
	go func() {
		d <- "c"
		d <- "d"
		done <- true
	}()
	println(<-d, <-d, <-d, <-d)
	<-done

	// Close keeps the buffered values; then zero values and !ok.
	e := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		e <- i * i
	}
	close(e)
	println("len after close:", len(e))
	sum := 0
	for v := range e {
		sum += v
	}
	println("sum:", sum)
	v, ok := <-e
	println(v, ok)

	// A nil channel has len and cap 0.
	var n chan int
	println(len(n), cap(n))

	// Unbuffered channels have cap 0.
	println(cap(make(chan int)))

	// Receivers blocked on an empty buffered channel.
	f := make(chan int, 1)
	res := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { res <- <-f * 2 }()
	}
	for i := 1; i <= 3; i++ {
		f <- i
	}
	println(<-res + <-res + <-res)
}
