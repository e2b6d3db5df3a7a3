package main

func main() {
	defer func() {
		println(recover().(error).Error())
		var c chan string
		close(c)
	}()
	var c chan int
	close(c)
}
