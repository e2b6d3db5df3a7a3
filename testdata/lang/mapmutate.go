// Checks: deleting during range, map values updated through lookups, and maps of slices and maps.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(len(m), sum)
	groups := map[string][]int{}
	for i := 1; i <= 10; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	println(len(groups["even"]), groups["odd"][4], len(groups["none"]))
	nested := map[string]map[string]int{}
	for _, w := range []string{"ab", "ac", "bd", "ab"} {
		inner, ok := nested[w[:1]]
		if !ok {
			inner = map[string]int{}
			nested[w[:1]] = inner
		}
		inner[w]++
	}
	println(nested["a"]["ab"], nested["a"]["ac"], len(nested["b"]), len(nested))
}
