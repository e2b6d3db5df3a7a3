package main

func main() {
	var a [4]int
	i, j, k := 1, 3, 2
	println(len(a[i:j:4]))
	println(len(a[i:j:k]))
}
