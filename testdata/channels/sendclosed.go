package main

func main() {
	c := make(chan int, 1)
	close(c)
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
		d := make(chan int)
		close(d)
		d <- 1
	}()
	c <- 1
}
