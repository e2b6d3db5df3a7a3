// Checks: pending timers keep their Timer, channel and func (and what the
// func captures) alive through collections: only the runtime's timer heap
// refers to them while the program allocates and collects.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"time"
)

type payload struct {
	name string
	data []int
}

var sink [][]byte

func churn() {
	for i := 0; i < 2000; i++ {
		sink = append(sink, make([]byte, 64))
		if len(sink) > 100 {
			sink = sink[:0]
		}
	}
}

func main() {
	results := make(chan string, 100)
	for i := 0; i < 20; i++ {
		p := &payload{name: fmt.Sprint("func", i), data: make([]int, 100)}
		for j := range p.data {
			p.data[j] = i
		}
		time.AfterFunc(time.Duration(20+i)*time.Millisecond, func() {
			sum := 0
			for _, v := range p.data {
				sum += v
			}
			results <- fmt.Sprint(p.name, ":", sum)
		})
	}
	var afters []<-chan time.Time
	for i := 0; i < 20; i++ {
		afters = append(afters, time.After(time.Duration(30+i)*time.Millisecond))
	}
	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 5; i++ {
		runtime.GC()
		churn()
	}
	got := make([]string, 0, 20)
	for i := 0; i < 20; i++ {
		got = append(got, <-results)
		runtime.GC()
	}
	sort.Strings(got) // several may fire together: their goroutines' order is the scheduler's
	fmt.Println(strings.Join(got[:3], " "), "...", got[19])
	for i, c := range afters {
		<-c
		if i%5 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("all After channels delivered")
	for i := 0; i < 3; i++ {
		<-tk.C
		churn()
		runtime.GC()
	}
	tk.Stop()
	fmt.Println("ticker survived collections")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 10)
}
