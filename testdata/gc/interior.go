// Objects kept alive only by interior pointers: a pointer to a struct
// field, to an array element, a sub-slice and a string slice. The
// collector must map each back to its object and keep the whole of it.
package main

type big struct {
	pad [10]int
	x   int
	arr [100]int
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]int, 64)
		b[3] = i
		s += b[3]
	}
	return s
}

func main() {
	var fields []*int
	var elems []*int
	var subs [][]int
	var strs []string
	for i := 0; i < 200; i++ {
		b := &big{x: i}
		b.arr[99] = i * 2
		fields = append(fields, &b.x)
		elems = append(elems, &b.arr[99])
		s := make([]int, 1000)
		s[999] = i
		subs = append(subs, s[990:])
		str := "prefix-" + string(rune('A'+i%26)) + "-suffix"
		strs = append(strs, str[7:8])
		garbage(100)
	}
	garbage(200000)
	ok := true
	for i := 0; i < 200; i++ {
		if *fields[i] != i || *elems[i] != 2*i || subs[i][9] != i || strs[i] != string(rune('A'+i%26)) {
			ok = false
			println("bad", i)
		}
	}
	println("interior pointers ok:", ok)
}
