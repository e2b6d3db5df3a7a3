// Deep recursion with defers, a panic at the bottom recovered at the top:
// the recovery point lies on the first segment, many segments below the
// panic. The deferred calls run on the deep segments first.
package main

import "fmt"

var unwound int

func dive(n int) int {
	defer func() { unwound++ }()
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	return dive(n-1) + 1
}

func top(n int) (r int, err interface{}) {
	defer func() { err = recover() }()
	return dive(n), nil
}

// middle recovers halfway down: the recovery point is itself on a deep segment.
func middle(n, at int) (r int) {
	if n == at {
		defer func() {
			if e := recover(); e != nil {
				r = -1
			}
		}()
	}
	if n == 0 {
		panic("deep")
	}
	x := middle(n-1, at)
	if x < 0 {
		return x - 1
	}
	return x + 1
}

func plain(n int) int {
	if n == 0 {
		return 0
	}
	return plain(n-1)*2%1000003 + 1
}

func main() {
	for i := 0; i < 3; i++ {
		unwound = 0
		r, err := top(100000)
		fmt.Println(r, err, unwound)
		fmt.Println(plain(500000))
	}
	fmt.Println(middle(200000, 100000))
	fmt.Println(middle(200000, 199990))
	done := make(chan string)
	go func() {
		_, err := top(300000)
		done <- fmt.Sprint(err, " ", plain(300000))
	}()
	fmt.Println(<-done)
}
