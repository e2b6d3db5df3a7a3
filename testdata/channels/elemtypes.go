package main

type big struct {
	a [20]int
	s string
}

type empty struct{}

type iface interface{ Name() string }

type named string

func (n named) Name() string { return string(n) }

func main() {
	// Element types of every size, copied by the type's size.
	b := make(chan big, 1)
	var v big
	for i := range v.a {
		v.a[i] = i * 3
	}
	v.s = "big"
	b <- v
	w := <-b
	println(w.a[19], w.s)

	ub := make(chan big)
	go func() { ub <- v }()
	w2 := <-ub
	println(w2.a[7], w2.s)

	e := make(chan empty, 2)
	e <- empty{}
	<-e
	ue := make(chan struct{})
	go func() { close(ue) }()
	_, ok := <-ue
	println("struct{}:", ok)

	by := make(chan byte, 3)
	by <- 'x'
	by <- 'y'
	println(<-by, <-by)

	f := make(chan float64)
	go func() { f <- 2.5 }()
	println(<-f)

	s := make(chan []int, 1)
	s <- []int{1, 2, 3}
	sl := <-s
	println(len(sl), sl[2])

	i := make(chan iface, 1)
	i <- named("named")
	println((<-i).Name())

	a := make(chan any)
	go func() { a <- 7; a <- "seven"; close(a) }()
	for x := range a {
		switch x := x.(type) {
		case int:
			println("int", x)
		case string:
			println("string", x)
		}
	}

	c16 := make(chan int16, 4)
	c16 <- -3
	c16 <- 300
	println(<-c16, <-c16)

	m := make(chan map[string]int, 1)
	m <- map[string]int{"k": 9}
	println((<-m)["k"])

	fn := make(chan func() int, 1)
	fn <- func() int { return 11 }
	println((<-fn)())

	cx := make(chan complex128, 1)
	cx <- complex(1, 2)
	println(real(<-cx))

	p := make(chan *big, 1)
	p <- &v
	println((<-p).s)

	// Zero values from a closed channel, of every type.
	close(b)
	z, ok := <-b
	println(z.a[5], z.s == "", ok)
}
