package main

func main() {
	defer func() { println(recover().(error).Error()) }()
	n := -1
	_ = make(chan int, n)
}
