// maps.go: a map-heavy benchmark. Word-frequency counting over generated
// string keys, then integer-keyed accumulation with deletes and lookups;
// prints a checksum that does not depend on iteration order.
package main

func makeWords(n int) []string {
	words := make([]string, 0, n)
	for i := 0; i < n; i++ {
		b := make([]byte, 0, 12)
		x := uint64(i)*2654435761 + 7
		for j := 0; j < 3+i%9; j++ {
			b = append(b, byte('a'+x%26))
			x = x/26 + uint64(j)*131
		}
		words = append(words, string(b))
	}
	return words
}

func main() {
	words := makeWords(60000)
	counts := make(map[string]int)
	seed := uint32(12345)
	for i := 0; i < 3000000; i++ {
		seed = seed*1664525 + 1013904223
		counts[words[(seed>>8)%uint32(len(words))]]++
	}

	ints := map[int]int{}
	for i := 0; i < 2000000; i++ {
		k := (i * 7919) % 200003
		ints[k] += i
		if i%3 == 0 {
			delete(ints, (k*31)%200003)
		}
	}
	hits := 0
	for i := 0; i < 2000000; i++ {
		if _, ok := ints[i%400000]; ok {
			hits++
		}
	}

	sum := 0
	for w, c := range counts {
		sum += len(w) * c
	}
	for k, v := range ints {
		sum ^= k*1000003 + v
	}
	println(len(counts), len(ints), hits, sum)
}
