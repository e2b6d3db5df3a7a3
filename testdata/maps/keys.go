package main

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Age  int8
	W    float64
}

type Color int

func main() {
	// Integers of every width.
	m8 := map[int8]int{-128: 1, 127: 2}
	m16 := map[uint16]int{65535: 3}
	m32 := map[int32]int{-5: 4}
	mu32 := map[uint32]string{4000000000: "big"}
	m64 := map[uint64]int{1 << 63: 5}
	mc := map[Color]string{1: "red", 2: "green"}
	println(m8[-128], m8[127], m16[65535], m32[-5], mu32[4000000000], m64[1<<63], mc[2])

	// Bools.
	mb := map[bool]int{}
	mb[true] = 10
	mb[false] = 20
	mb[true]++
	println(mb[true], mb[false], len(mb))

	// Floats: +0 and -0 are one key; NaN never matches.
	mf := map[float64]int{}
	zero := 0.0
	negzero := -zero
	mf[zero] = 1
	mf[negzero] = 2
	println(len(mf), mf[0])
	nan := zero / zero
	mf[nan] = 3
	mf[nan] = 4
	_, ok := mf[nan]
	println(len(mf), ok)
	nans := 0
	for k, v := range mf {
		if k != k {
			nans += v
		}
	}
	println(nans)
	delete(mf, nan)
	println(len(mf))
	m32f := map[float32]string{1.5: "x"}
	println(m32f[1.5], len(m32f))

	// Strings, including the empty string.
	ms := map[string]int{"": 7, "a": 1}
	println(ms[""], ms["a"], ms["b"])
	long := "a long key that is longer than forty-eight bytes, to take the wide path"
	ms[long] = 99
	println(ms["a long key that is longer than forty-eight bytes, to take the wide path"])

	// Pointers.
	a, b := new(int), new(int)
	mp := map[*int]string{a: "a", b: "b"}
	println(mp[a], mp[b], mp[nil] == "", len(mp))

	// Arrays and structs.
	ma := map[[3]int]string{{1, 2, 3}: "x", {3, 2, 1}: "y"}
	println(ma[[3]int{1, 2, 3}], ma[[3]int{3, 2, 1}], ma[[3]int{}] == "")
	mst := map[Point]int{{1, 2}: 3}
	mst[Point{2, 1}] = 4
	mst[Point{1, 2}] += 10
	println(mst[Point{1, 2}], mst[Point{2, 1}], len(mst))
	mn := map[Named]int{}
	mn[Named{"bob", 3, 0}] = 1
	mn[Named{"bob", 3, negzero}] += 5
	mn[Named{"ann", 3, 1}] = 2
	println(mn[Named{"bob", 3, 0}], mn[Named{"ann", 3, 1}], len(mn))
	msa := map[[2]string]int{{"a", "b"}: 1}
	println(msa[[2]string{"a", "b"}], msa[[2]string{"a", ""}])
	type pair struct {
		a int8
		b int64
	}
	mpad := map[pair]int{{1, 2}: 3}
	println(mpad[pair{1, 2}], mpad[pair{2, 1}])
	mfa := map[[2]float64]int{{0, 1}: 1}
	println(mfa[[2]float64{negzero, 1}])
	mempty := map[struct{}]int{}
	mempty[struct{}{}] = 5
	mempty[struct{}{}]++
	println(mempty[struct{}{}], len(mempty))
}
