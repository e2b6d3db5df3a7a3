// A goroutine blocked in a read system call hands its P to the others:
// with one P, main still runs, writes, and the reader wakes up.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	got := make(chan string)
	go func() {
		buf := make([]byte, 64)
		n, err := r.Read(buf)
		if err != nil {
			panic(err)
		}
		got <- string(buf[:n])
	}()
	time.Sleep(10 * time.Millisecond) // the reader is blocked in read(2) by now
	sum := 0
	for i := 0; i < 1000000; i++ {
		sum += i & 3
	}
	fmt.Println("main ran while the reader was blocked:", sum)
	if _, err := w.Write([]byte("ping")); err != nil {
		panic(err)
	}
	fmt.Println("reader got:", <-got)
	w.Close()
	r.Close()
}
