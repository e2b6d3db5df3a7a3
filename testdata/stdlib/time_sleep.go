// Checks: time.Sleep lets other goroutines run, and time.Now/Since measure at least the sleep.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- "worker woke"
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println(<-done)
	elapsed := time.Since(start)
	fmt.Println("slept enough:", elapsed >= 30*time.Millisecond, elapsed < 5*time.Second)
	fmt.Println(time.Duration(1500) * time.Millisecond)
}
