package main

func producer(c chan int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	c := make(chan int)
	go producer(c, 5)
	for v := range c {
		println("got", v)
	}
	v, ok := <-c
	println("after close:", v, ok)
	println("len/cap:", len(c), cap(c))

	// Ping-pong: each send is handed straight to the waiting receiver.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	n := 0
	for i := 0; i < 1000; i++ {
		ping <- n
		n = <-pong
	}
	close(ping)
	_, ok = <-pong
	println("ping-pong:", n, ok)

	// A receive whose value is dropped, and one in an expression.
	c2 := make(chan int)
	go func() { c2 <- 1; c2 <- 2; c2 <- 3 }()
	<-c2
	println("sum:", <-c2+<-c2)

	// Senders blocked in FIFO order.
	c3 := make(chan int)
	order := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			order <- i
			c3 <- i * 10
		}(i)
		<-order
	}
	println(<-c3, <-c3, <-c3)

	// Channels of channels.
	cc := make(chan chan string)
	go func() {
		reply := <-cc
		reply <- "via channel of channels"
	}()
	r := make(chan string)
	cc <- r
	println(<-r)

	// Directional channel types.
	var send chan<- int = c3
	var recv <-chan int = c3
	go func() { send <- 42 }()
	println("directional:", <-recv)
}
