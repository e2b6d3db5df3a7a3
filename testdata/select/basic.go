package main

func main() {
	// Only one case can proceed each time, so the output is deterministic.
	a, b := make(chan int, 1), make(chan string, 1)
	a <- 1
	select {
	case v := <-a:
		println("a:", v)
	case s := <-b:
		println("b:", s)
	}
	b <- "x"
	select {
	case v := <-a:
		println("a:", v)
	case s, ok := <-b:
		println("b:", s, ok)
	}

	// default when nothing is ready; a send case when there is room.
	for i := 0; i < 3; i++ {
		select {
		case a <- i:
			println("sent", i)
		default:
			println("full at", i)
		}
	}
	select {
	case v := <-a:
		println("got", v)
	default:
		println("empty")
	}
	select {
	case v := <-a:
		println("got", v)
	default:
		println("empty")
	}

	// Assignment forms.
	var v int
	var ok bool
	c := make(chan int, 1)
	c <- 42
	select {
	case v, ok = <-c:
	}
	println(v, ok)
	close(c)
	select {
	case v, ok = <-c:
		println("closed:", v, ok)
	default:
		println("not reached")
	}
	var x any
	d := make(chan int, 1)
	d <- 9
	select {
	case x = <-d:
		println(x.(int))
	case <-a:
	}

	// nil channel cases never proceed.
	var nilc chan int
	select {
	case <-nilc:
		println("not reached")
	case nilc <- 1:
		println("not reached")
	default:
		println("nil channels skipped")
	}

	// A blocking select woken by another goroutine's send or receive.
	in, out := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			out <- <-in * 10
		}
	}()
	pending := 1
	in <- 1
	got := 0
	for got < 3 {
		select {
		case r := <-out:
			println("result", r)
			got++
			if pending < 3 {
				pending++
				in <- pending
			}
		case <-nilc:
			println("not reached")
		}
	}

	// break leaves the select; a labeled break leaves the loop.
	e := make(chan int, 10)
	for i := 0; i < 10; i++ {
		e <- i
	}
loop:
	for {
		select {
		case v := <-e:
			if v == 2 {
				break
			}
			if v == 5 {
				break loop
			}
			println("e", v)
		}
	}
	println("left loop; len", len(e))

	// select {} with a default only, and an empty body.
	select {
	default:
		println("default only")
	}
}
