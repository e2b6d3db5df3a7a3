package main

type pair struct {
	a, b int
	s    string
}

func add(x, y int, done chan int) {
	done <- x + y
}

func greet(p pair, done chan string) {
	done <- p.s
}

func noArgs(done chan bool) {
	done <- true
}

func main() {
	done := make(chan int)

	// Arguments are evaluated at the go statement, not when it runs.
	x := 1
	go add(x, 2, done)
	x = 100
	println("add:", <-done, x)

	// A closure shares its captured variables.
	y := 5
	go func() {
		y *= 2
		done <- y
	}()
	println("closure:", <-done, y)

	// A func value, and a func literal with parameters.
	f := add
	go f(10, 20, done)
	println("func value:", <-done)
	go func(a, b int) { done <- a * b }(6, 7)
	println("literal with args:", <-done)

	// Struct and string arguments.
	sdone := make(chan string)
	go greet(pair{1, 2, "hello"}, sdone)
	println("struct arg:", <-sdone)

	bdone := make(chan bool)
	go noArgs(bdone)
	println("no args:", <-bdone)

	// Many goroutines; each returns and is recycled.
	sum := 0
	for i := 0; i < 1000; i++ {
		go add(i, 1, done)
		sum += <-done
	}
	println("sum:", sum)

	// Goroutines run while main waits; builtins in go statements.
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(i int) { results <- i * i }(i)
	}
	total := 0
	for i := 0; i < 10; i++ {
		total += <-results
	}
	println("squares:", total)

	// Methods of a goroutine that starts others.
	chain := make(chan int)
	var relay func(n int)
	relay = func(n int) {
		if n == 0 {
			chain <- 0
			return
		}
		go relay(n - 1)
	}
	go relay(50)
	println("relay:", <-chain)
}
