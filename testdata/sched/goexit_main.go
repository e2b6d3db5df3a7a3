// runtime.Goexit in main: main's deferred calls run, the other goroutines
// go on; when they have all ended, gc reports a deadlock and exits 2.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	finished := make(chan bool)
	go func() {
		<-done
		fmt.Println("worker done")
		close(finished)
	}()
	go func() {
		<-finished
		fmt.Println("second worker done")
	}()
	defer close(done)
	defer fmt.Println("main deferred")
	runtime.Goexit()
	fmt.Println("not reached")
}
