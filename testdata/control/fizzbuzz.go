// Checks: classic fizzbuzz 1..100 with %, if/else if chains and print.
package main

func main() {
	for i := 1; i <= 100; i++ {
		if i%15 == 0 {
			println("FizzBuzz")
		} else if i%3 == 0 {
			println("Fizz")
		} else if i%5 == 0 {
			println("Buzz")
		} else {
			println(i)
		}
	}
}
