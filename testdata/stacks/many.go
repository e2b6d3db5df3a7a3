// Many goroutines recursing deeply at the same time: they interleave at
// channel operations made at every level of the recursion, so each one is
// suspended and resumed on deep segments while the others grow theirs.
package main

import "fmt"

type acc struct{ sum int }

func climb(id, n int, tick chan bool, a *acc) int {
	if n == 0 {
		return id
	}
	if n%500 == 0 {
		tick <- true
		<-tick
	}
	v := &acc{sum: n}
	r := climb(id, n-1, tick, v)
	a.sum += v.sum % 3
	return r*7%1000003 + n%11
}

func main() {
	const workers = 50
	results := make(chan [2]int, workers)
	for w := 0; w < workers; w++ {
		tick := make(chan bool)
		go func(id int) {
			a := &acc{}
			r := climb(id, 20000+id*1000, tick, a)
			results <- [2]int{id, r + a.sum}
		}(w)
		go func() {
			for range tick {
				tick <- true
			}
		}()
	}
	got := make([]int, workers)
	for w := 0; w < workers; w++ {
		r := <-results
		got[r[0]] = r[1]
	}
	for w, r := range got {
		fmt.Println(w, r)
	}
}
