package main

func main() {
	// Deleting during iteration: every entry is seen at most once and
	// deleted entries not yet reached are not seen.
	m := map[int]int{}
	for i := 0; i < 500; i++ {
		m[i] = i * i
	}
	seen := 0
	for k := range m {
		seen++
		delete(m, k)
		delete(m, k^1)
	}
	println(seen <= 500, seen >= 250, len(m))

	// Adding during iteration, while the map grows: no entry is seen twice
	// and every original entry is seen once.
	g := map[int]bool{}
	for i := 0; i < 100; i++ {
		g[i] = true
	}
	visits := map[int]int{}
	for k := range g {
		visits[k]++
		if k < 100 {
			for j := 0; j < 10; j++ {
				g[1000+k*10+j] = true
			}
		}
	}
	dup, orig := 0, 0
	for k, n := range visits {
		if n > 1 {
			dup++
		}
		if k < 100 {
			orig++
		}
	}
	println(dup, orig, len(g))

	// Iteration order is randomized: two iterations of a big map should
	// not always agree (gc starts each at a random bucket and offset).
	r := map[int]int{}
	for i := 0; i < 64; i++ {
		r[i] = i
	}
	differ := false
	for try := 0; try < 20 && !differ; try++ {
		first := -1
		for k := range r {
			first = k
			break
		}
		second := -1
		for k := range r {
			second = k
			break
		}
		differ = first != second
	}
	println(differ)

	// Updating values during iteration.
	u := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range u {
		u[k] = v * 10
	}
	println(u["a"], u["b"], u["c"])

	// Range with assignment to existing variables, break and continue.
	var k string
	var v int
	total := 0
	for k, v = range u {
		if k == "b" {
			continue
		}
		total += v
	}
	println(total, len(k) == 1, v > 0)
	count := 0
outer:
	for range u {
		for range u {
			count++
			if count == 5 {
				break outer
			}
		}
	}
	println(count)

	// Growth and shrink through many inserts and deletes.
	big := map[int]int{}
	for round := 0; round < 5; round++ {
		for i := 0; i < 20000; i++ {
			big[i+round*1000] = i
		}
		for i := 0; i < 20000; i += 2 {
			delete(big, i+round*1000)
		}
	}
	s := 0
	for k, v := range big {
		s += k ^ v
	}
	println(len(big), s)
}
