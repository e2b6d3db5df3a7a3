// Checks: mutual recursion (isEven/isOdd) and call-order independence of top-level funcs, depth up to 1000.
package main

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	println(isEven(0), isOdd(0), isEven(7), isOdd(7), isEven(1000), isOdd(999))
	count := 0
	for i := 0; i < 300; i++ {
		if isEven(i) {
			count++
		}
	}
	println("evens below 300:", count)
}
