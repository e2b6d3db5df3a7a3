// Binary trees built and dropped over and over while one long-lived tree
// stays reachable; every tree is checked after the collector has run many
// times, so a live node freed (and reused) by mistake shows up as a bad sum.
package main

type node struct {
	left, right *node
	id          int
}

func build(d, id int) *node {
	n := &node{id: id}
	if d > 0 {
		n.left = build(d-1, 2*id)
		n.right = build(d-1, 2*id+1)
	}
	return n
}

func check(n *node) int {
	if n.left == nil {
		return n.id
	}
	return n.id + check(n.left) + check(n.right)
}

func main() {
	long := build(14, 1)
	want := check(long)
	total := 0
	for i := 0; i < 60; i++ {
		t := build(10, i)
		total += check(t)
		if i%10 == 0 {
			println("round", i, check(t))
		}
	}
	println("total", total)
	println("long lived ok:", check(long) == want, want)
}
