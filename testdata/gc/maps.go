// Maps whose keys and values are heap objects, grown and shrunk while the
// collector runs: buckets (scanned conservatively), overflow buckets,
// evacuation in progress, boxed interface values.
package main

type item struct {
	name string
	vals []int
}

func main() {
	m := map[string]*item{}
	byInt := map[int]interface{}{}
	for round := 0; round < 20; round++ {
		for i := 0; i < 2000; i++ {
			k := "key" + string(rune('a'+i%26)) + string(rune('a'+(i/26)%26)) + string(rune('a'+round))
			m[k] = &item{name: k, vals: make([]int, i%50+1)}
			byInt[i+round*2000] = k
		}
		for k, v := range m {
			if v.name != k || len(v.vals) == 0 {
				println("corrupt", k)
			}
			if len(v.vals)%3 == 0 {
				delete(m, k)
			}
		}
	}
	total := 0
	for k, v := range m {
		total += len(k) + len(v.vals)
	}
	s := 0
	for _, v := range byInt {
		s += len(v.(string))
	}
	println(len(m), total, len(byInt), s)
}
