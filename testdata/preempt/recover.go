// A deferred function that loops (and is preempted in the loop, with a
// spinning goroutine to switch to) before it recovers: the polls must not
// break recover.
package main

import "fmt"

var sink int

func work(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x = x*31 + i
	}
	return x
}

func f(n int) (r int) {
	defer func() {
		s := 0
		for i := 0; i < n; i++ {
			s += i & 7
		}
		sink = s
		if e := recover(); e != nil {
			r = -1
			fmt.Println("recovered:", e)
		}
	}()
	if n > 0 {
		panic(fmt.Sprint("boom ", work(n) != 0))
	}
	return 1
}

func main() {
	started := make(chan bool)
	go func() {
		started <- true
		for {
			sink++
		}
	}()
	<-started
	fmt.Println(f(30000000))
	fmt.Println(f(0))
}
