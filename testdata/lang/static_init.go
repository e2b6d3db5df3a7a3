// Package variables whose initializers are constant composite literals
// (laid out as static data, as gc does) stay ordinary mutable variables:
// each literal is its own object, writes stick, append copies when full,
// pointers from them survive collections, and initialization order holds.
package main

import (
	"fmt"
	"runtime"
)

type point struct {
	x, y int
	name string
}

var (
	table  = [4]uint16{1, 2, 3, 4}
	primes = []int{2, 3, 5, 7, 11}
	sparse = []string{3: "three", 1: "one"}
	origin = &point{0, 0, "origin"}
	pts    = []point{{1, 2, "a"}, {3, 4, "b"}}
	ptrs   = []*point{{5, 6, "c"}, {7, 8, "d"}}
	words  = []string{"alpha", "beta"}
	same1  = []int{1}
	same2  = []int{1}
	anys   = []interface{}{1, "two", 3.0, point{9, 9, "p"}}
	nested = [][]int{{1}, {2, 3}}
	empty  = []int{}
	count  = len(primes) + first() // depends on primes: initialized after it
)

func first() int { return primes[0] }

func main() {
	table[0] = 100
	primes[0] = 1
	fmt.Println(table, primes, count)
	more := append(primes, 13)
	more[1] = 33
	fmt.Println(primes, more, len(primes), cap(primes))
	fmt.Printf("%q %d\n", sparse, len(sparse))
	origin.x = 42
	fmt.Println(*origin)
	pts[1].name = "B"
	ptrs[0].x = 50
	fmt.Println(pts, *ptrs[0], *ptrs[1])
	same1[0] = 2
	fmt.Println(same1, same2, &same1[0] != &same2[0])
	for i := 0; i < 3; i++ {
		words[i%2] = fmt.Sprint(words[i%2], i)
		ptrs[1] = &point{i, i, fmt.Sprint("heap", i)}
		runtime.GC()
	}
	fmt.Println(words, *ptrs[1], anys, nested, empty == nil, len(empty))
	nested[1] = append(nested[1], 4)
	fmt.Println(nested)
}
