package main

import "fmt"

// Types declared in different functions with one name are different types:
// their descriptors, equality and hash functions and itabs must not merge.

type T struct{ s string }

func (t T) String() string { return "pkg T " + t.s }

type Inner struct{}

func (Inner) Hello() string { return "inner hello" }

func one() any {
	type T struct{ a, b int }
	return T{1, 2}
}

func two() any {
	type T struct{ s string }
	return T{"x"}
}

func keysOne() map[any]int {
	type K struct{ a int }
	return map[any]int{K{1}: 1, K{2}: 2}
}

func keysTwo() map[any]int {
	type K struct{ a string }
	return map[any]int{K{"1"}: 10}
}

type Helloer interface{ Hello() string }

func promotedOne() Helloer {
	type W struct {
		Inner
		n int
	}
	return W{n: 1}
}

func promotedTwo() Helloer {
	type W struct {
		x string
		Inner
	}
	return &W{x: "two"}
}

func main() {
	a, b, c := one(), two(), any(T{"pkg"})
	fmt.Printf("%T %v\n%T %v\n%T %v\n", a, a, b, b, c, c)
	fmt.Println(a == b, b == c, a == one(), b == two())
	_, isT := b.(T)
	fmt.Println("two() is package T:", isT)
	switch b.(type) {
	case T:
		fmt.Println("wrong: package T")
	case fmt.Stringer:
		fmt.Println("wrong: Stringer")
	default:
		fmt.Println("local T from two()")
	}
	m1, m2 := keysOne(), keysTwo()
	for k, v := range m2 {
		m1[k] = v
	}
	fmt.Println(len(m1))
	fmt.Println(promotedOne().Hello(), promotedTwo().Hello())
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = a.(T)
}
