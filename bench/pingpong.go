package main

// Unbuffered ping-pong: 1M round trips between two goroutines, each a
// direct hand-off to a parked receiver (chan.c's send/recv fast paths,
// gopark/goready, one context switch per message).
func main() {
	const n = 1000000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	println(v)
}
