// A goroutine in a counting loop that calls nothing, and a garbage
// collection from main, which must stop the world: the loop has to stop.
package main

import (
	"fmt"
	"runtime"
)

var total int

func main() {
	started := make(chan bool)
	go func() {
		started <- true
		x := 0
		for i := 0; ; i++ {
			x += i
			total = x
		}
	}()
	<-started
	runtime.GC()
	runtime.GC()
	fmt.Println("two collections while a goroutine counts")
}
