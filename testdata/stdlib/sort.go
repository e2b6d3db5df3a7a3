// Checks: sort and container/list from Go 1.19's source.
package main

import (
	"container/list"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println()
	words := byLen{"banana", "kiwi", "apple", "fig"}
	sort.Stable(words)
	for _, w := range words {
		print(w, " ")
	}
	println()
	i := sort.SearchInts(xs, 8)
	println("index of 8:", i)
	ss := []string{"pear", "apple", "mango"}
	sort.Strings(ss)
	println(ss[0], ss[1], ss[2], sort.StringsAreSorted(ss))
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	l.PushBack(2)
	for e := l.Front(); e != nil; e = e.Next() {
		print(e.Value.(int), ",")
	}
	println(" len", l.Len())
}
