package main

// The daisy chain: 10k goroutines in a line, each passing a number one
// step to the left plus one; 10k blocked goroutines and one hand-off each.
func whisper(left, right chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	println(<-leftmost)
}
