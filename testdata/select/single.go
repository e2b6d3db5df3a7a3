package main

func main() {
	c := make(chan int)
	go func() {
		select {
		case c <- 1:
		}
	}()
	select {
	case v := <-c:
		println("single recv", v)
	}
	var nilc chan int
	select {
	case nilc <- 1:
	}
}
