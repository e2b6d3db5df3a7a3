package main

// A goroutine recovers its own panic; main goes on.
func worker(id int, done chan string) {
	defer func() {
		if r := recover(); r != nil {
			done <- r.(string)
		}
	}()
	if id%2 == 1 {
		panic("odd worker")
	}
	done <- "even worker"
}

func main() {
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go worker(i, done)
		println(<-done)
	}
}
