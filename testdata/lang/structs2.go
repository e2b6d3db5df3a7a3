// Checks: struct values as map values and keys, arrays of structs, copying, and comparison.
package main

type Key struct {
	A string
	B int
}

type Rec struct {
	Tags  [2]string
	Count int
	Next  *Rec
}

func main() {
	m := map[Key]Rec{}
	m[Key{"x", 1}] = Rec{Tags: [2]string{"a", "b"}, Count: 1}
	r := m[Key{"x", 1}]
	r.Count = 99
	println(m[Key{"x", 1}].Count, r.Count, m[Key{"y", 2}].Count)
	recs := [3]Rec{{Count: 1}, {Count: 2}, {Count: 3}}
	for i := range recs {
		recs[i].Next = &recs[(i+1)%3]
	}
	println(recs[0].Next.Next.Count, recs[2].Next.Count)
	c := recs
	c[0].Count = 100
	println(recs[0].Count, c[0].Count, c[2].Next == &recs[0])
	k1, k2 := Key{"a", 1}, Key{"a", 1}
	println(k1 == k2, k1 != Key{"a", 2})
	type local struct{ x, y float64 }
	p := local{1.5, 2.5}
	q := p
	q.x = 0
	println(p.x, q.x, p == local{1.5, 2.5})
}
