package main

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	println(len(m), m["one"], m["two"], m["three"], m["four"])
	v, ok := m["two"]
	println(v, ok)
	v, ok = m["zero"]
	println(v, ok)
	m["two"] += 20
	m["one"]++
	m["new"]--
	println(m["one"], m["two"], m["new"], len(m))
	delete(m, "two")
	delete(m, "missing")
	_, ok = m["two"]
	println(ok, len(m))

	var nilmap map[int]string
	println(nilmap == nil, len(nilmap), nilmap[3] == "")
	s, ok2 := nilmap[4]
	println(s, ok2)
	delete(nilmap, 1)
	for k, v := range nilmap {
		println("never", k, v)
	}

	lit := map[int]string{1: "a", 2: "b", 3: "c"}
	println(len(lit), lit[1], lit[2], lit[3], lit != nil)

	sum := 0
	keys := 0
	for k, v := range lit {
		keys += k
		sum += len(v)
	}
	println(keys, sum)
	n := 0
	for range lit {
		n++
	}
	for k := range lit {
		n += k
	}
	println(n)

	sized := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		sized[i*7] = i
	}
	total := 0
	for k, v := range sized {
		total += k - v
	}
	println(len(sized), total, sized[700], sized[701])
}
