// With one P, a goroutine that never blocks (but calls functions) is
// preempted: main's sleep ends, and the collector can stop the world.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"time"
)

var sink string

func spin() {
	for i := 0; ; i++ {
		sink = strconv.Itoa(i)
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	go spin()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke up")
	runtime.GC()
	fmt.Println("collected")
	runtime.Gosched()
	fmt.Println("done")
}
