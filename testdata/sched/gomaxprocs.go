// runtime.GOMAXPROCS returns the previous setting and changes the number of
// Ps while goroutines run; the work done is the same with any number.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func sumRange(lo, hi int) int {
	s := 0
	for i := lo; i < hi; i++ {
		s += i % 7
	}
	return s
}

func parallelSum(parts int) int64 {
	var total atomic.Int64
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			total.Add(int64(sumRange(p*100000, (p+1)*100000)))
		}(p)
	}
	wg.Wait()
	return total.Load()
}

func main() {
	fmt.Println("NumCPU > 0:", runtime.NumCPU() > 0)
	runtime.GOMAXPROCS(3)
	fmt.Println("GOMAXPROCS(0) after 3:", runtime.GOMAXPROCS(0))
	fmt.Println("GOMAXPROCS(-1) is a query:", runtime.GOMAXPROCS(-1))
	for _, n := range []int{1, 4, 2, 8} {
		prev := runtime.GOMAXPROCS(n)
		fmt.Println("set", n, "prev", prev, "sum", parallelSum(16))
	}
	// Changing it from several goroutines at once.
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			runtime.GOMAXPROCS(i)
			runtime.Gosched()
		}(i)
	}
	wg.Wait()
	n := runtime.GOMAXPROCS(0)
	fmt.Println("after the race, 1..4:", n >= 1 && n <= 4)
}
