// A goroutine spinning in an empty loop must not keep main, sleeping,
// from running again: with one P only preemption gives main its turn.
package main

import (
	"fmt"
	"time"
)

func main() {
	started := make(chan bool)
	go func() {
		started <- true
		for {
		}
	}()
	<-started
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up while a goroutine spins in for {}")
}
