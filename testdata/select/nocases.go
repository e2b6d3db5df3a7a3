package main

func main() {
	go func() {
		select {}
	}()
	println("blocking forever")
	select {}
}
