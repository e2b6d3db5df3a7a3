package main

// A sender blocked on a channel that is then closed panics.
func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		defer func() {
			println("sender:", recover().(error).Error())
			done <- true
		}()
		c <- 1
	}()
	go func() { close(c) }()
	<-done
	v, ok := <-c
	println(v, ok)
}
