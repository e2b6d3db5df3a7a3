package main

type T struct{ a [4]int }

func main() {
	var t T
	k := -1
	t.a[2] = 1
	println(t.a[2])
	t.a[k] = 3
}
