// Checks: a program whose goroutines all wait is not deadlocked while a
// timer can still wake one (the sleeper prints first), and the deadlock is
// reported once no timer is left. A stopped timer does not count.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	t.Stop()
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper woke; main still blocked")
	}()
	block := make(chan int)
	<-block
}
