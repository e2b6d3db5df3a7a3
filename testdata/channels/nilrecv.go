package main

func main() {
	var c chan int
	println("receiving from a nil channel")
	<-c
}
