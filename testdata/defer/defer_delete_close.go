package main

// defer of the builtins delete and close: operands are evaluated at the
// defer statement, the operation runs when the function returns (or panics).

import "fmt"

func visit(seen map[string]bool, key string) {
	seen[key] = true
	defer delete(seen, key)
	fmt.Println("inside:", len(seen), seen[key])
}

func produce(ch chan int, n int) {
	defer close(ch)
	for i := 0; i < n; i++ {
		ch <- i
	}
}

type key struct{ a, b int }

func operandsNow(m map[key]string) {
	k := key{1, 2}
	defer delete(m, k)
	k = key{3, 4} // the deferred delete still uses {1, 2}
	fmt.Println("before return:", len(m))
}

func panicking(m map[int]int, ch chan bool) {
	defer func() { fmt.Println("recovered:", recover(), len(m)) }()
	defer close(ch)
	defer delete(m, 7)
	panic("boom")
}

func main() {
	seen := map[string]bool{"x": true}
	visit(seen, "y")
	fmt.Println("after:", len(seen), seen["y"])

	ch := make(chan int, 10)
	produce(ch, 3)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println("closed")

	m := map[key]string{{1, 2}: "a", {3, 4}: "b"}
	operandsNow(m)
	_, ok12 := m[key{1, 2}]
	_, ok34 := m[key{3, 4}]
	fmt.Println(len(m), ok12, ok34)

	m2 := map[int]int{7: 1, 8: 2}
	done := make(chan bool)
	panicking(m2, done)
	_, open := <-done
	fmt.Println(len(m2), open)

	var nilMap map[string]int
	func() {
		defer delete(nilMap, "nothing") // deleting from a nil map is a no-op
	}()
	func() {
		defer func() { fmt.Println("close nil:", recover()) }()
		var c chan int
		defer close(c)
	}()
}
