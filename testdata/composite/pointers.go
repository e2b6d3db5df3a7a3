package main

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int {
	p := new(int)
	*p = v
	return p
}

func counter() (func() int, *int) {
	n := 0
	return func() int { n++; return n }, &n
}

func main() {
	p := newInt(5)
	*p += 2
	println(*p)
	x := 10
	q := &x
	*q = 20
	println(x, *q, q == &x, p == q)
	var np *int
	println(np == nil, q != nil)

	var head *Node
	for i := 1; i <= 4; i++ {
		head = &Node{Val: i, Next: head}
	}
	sum := 0
	for n := head; n != nil; n = n.Next {
		sum += n.Val
		print(n.Val, " ")
	}
	println(sum)

	a := [3]int{1, 2, 3}
	e := &a[1]
	*e = 20
	println(a[1])
	s := []int{4, 5, 6}
	f := &s[2]
	*f *= 10
	println(s[2])

	type pair struct{ a, b int }
	pr := pair{1, 2}
	pb := &pr.b
	*pb = 9
	println(pr.b)

	inc, cnt := counter()
	inc()
	inc()
	println(*cnt)

	pp := &q
	**pp = 30
	println(x)
	z := new(Node)
	println(z.Val, z.Next == nil)
	z2 := &Node{}
	z2.Next = z
	z2.Next.Val = 3
	println(z.Val)
}
