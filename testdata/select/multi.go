package main

// Many goroutines sending on many channels through one select loop.
func main() {
	const n = 4
	var chans [n]chan int
	for i := range chans {
		chans[i] = make(chan int)
	}
	quit := make(chan bool)
	for i := 0; i < n; i++ {
		go func(i int) {
			for j := 0; j < 100; j++ {
				chans[i] <- i
			}
		}(i)
	}
	counts := [n]int{}
	go func() {
		for k := 0; k < n*100; k++ {
			select {
			case v := <-chans[0]:
				counts[v]++
			case v := <-chans[1]:
				counts[v]++
			case v := <-chans[2]:
				counts[v]++
			case v := <-chans[3]:
				counts[v]++
			}
		}
		quit <- true
	}()
	<-quit
	println(counts[0], counts[1], counts[2], counts[3])

	// Sends and receives in one select, the same channel in several cases.
	c := make(chan int, 1)
	sent, recvd := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case c <- i:
			sent++
		case c <- -i:
			sent++
		case <-c:
			recvd++
		case v, ok := <-c:
			if ok && v >= -100 {
				recvd++
			}
		}
	}
	println(sent, recvd, sent+recvd)

	// Closing wakes a blocked select.
	done := make(chan struct{})
	res := make(chan string)
	go func() {
		var never chan int
		select {
		case <-done:
			res <- "woken by close"
		case <-never:
		}
	}()
	close(done)
	println(<-res)

	// A select whose send is picked up by a plain receive.
	s := make(chan string)
	go func() {
		select {
		case s <- "from select":
		case <-done:
			// done is closed: this may win too, then s is sent afterwards.
			s <- "from select"
		}
	}()
	println(<-s)

	// Random choice: both cases ready many times; both must be chosen.
	x, y := make(chan int, 1), make(chan int, 1)
	xs, ys := 0, 0
	for i := 0; i < 1000; i++ {
		x <- 1
		y <- 1
		select {
		case <-x:
			xs++
			<-y
		case <-y:
			ys++
			<-x
		}
	}
	println(xs > 100, ys > 100, xs+ys)
}
