package main

type Rec struct {
	Name  string
	Count int
	Tags  []string
}

type Big struct {
	A [40]int
}

func main() {
	// Struct values.
	people := map[string]Rec{}
	people["ann"] = Rec{Name: "Ann", Count: 1}
	r := people["ann"]
	r.Count += 5
	r.Tags = append(r.Tags, "x", "y")
	people["ann"] = r
	println(people["ann"].Name, people["ann"].Count, len(people["ann"].Tags), people["bob"].Name == "")

	// Array values.
	grid := map[int][4]int{}
	row := grid[3]
	row[2] = 9
	grid[3] = row
	println(grid[3][2], grid[3][0], grid[4][2])

	// Slice values.
	lists := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		lists[k] = append(lists[k], i)
	}
	println(len(lists["odd"]), len(lists["even"]), lists["odd"][4], lists["even"][4])

	// Map of maps.
	mm := map[string]map[string]int{}
	for _, a := range []string{"x", "y", "x"} {
		inner, ok := mm[a]
		if !ok {
			inner = map[string]int{}
			mm[a] = inner
		}
		inner["n"]++
	}
	println(len(mm), mm["x"]["n"], mm["y"]["n"], mm["z"]["n"])

	// Big values (stored out of line) and big keys.
	bigs := map[int]Big{}
	var bv Big
	bv.A[39] = 7
	bigs[1] = bv
	got, ok := bigs[1]
	println(got.A[39], ok, bigs[2].A[39])
	bigk := map[Big]string{}
	bigk[bv] = "found"
	println(bigk[bv], len(bigk))
	var huge map[string][200]int
	println(huge["x"][199])
	hv := map[string][200]int{}
	var h [200]int
	h[199] = 42
	hv["k"] = h
	println(hv["k"][199], hv["j"][0])

	// Pointer values and interface values.
	pm := map[int]*Rec{}
	pm[1] = &Rec{Name: "p"}
	pm[1].Count = 3
	println(pm[1].Count, pm[2] == nil)

	// Compound assignment operators.
	ops := map[string]int{}
	ops["a"] += 7
	ops["a"] *= 6
	ops["a"] -= 2
	ops["a"] /= 4
	ops["a"] %= 7
	ops["a"] <<= 3
	ops["a"] |= 1
	ops["b"] = 100
	ops["b"] >>= 2
	ops["b"] ^= 5
	ops["b"] &^= 1
	println(ops["a"], ops["b"])
	strs := map[int]string{}
	strs[1] += "ab"
	strs[1] += "cd"
	println(strs[1])
	fl := map[string]float64{}
	fl["x"] += 1.5
	fl["x"]++
	println(fl["x"])

	// Multiple assignment with map entries on both sides.
	sw := map[string]int{"a": 1, "b": 2}
	sw["a"], sw["b"] = sw["b"], sw["a"]
	println(sw["a"], sw["b"])
	var x int
	x, sw["c"] = 5, 6
	println(x, sw["c"], len(sw))
	var v int
	var ok2 bool
	v, ok2 = sw["c"]
	println(v, ok2)
	if v, ok := sw["zz"]; !ok {
		println("absent", v)
	}

	// Printing a map prints its address; only check it is not nil.
	println(sw != nil)
}
