package main

func main() {
	var r <-chan int
	var s chan<- int
	x := 1
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	_ = <-s // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	close(r) // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	for range s { // ERROR "cannot range over s \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
	close(x) // ERROR "invalid operation: cannot close non-channel x \(variable of type int\)"
	var c chan int
	c <- "a" // ERROR "cannot use .a. \(untyped string constant\) as int value in send"
	var rr chan<- int = r // ERROR "cannot use r \(variable of type <-chan int\) as type chan<- int in variable declaration"
	_ = rr
}
