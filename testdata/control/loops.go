// Checks: for in three-clause, condition-only and infinite forms, break/continue, empty clauses, loop variable after loop.
package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	println("sum", sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	println("n", n)
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	println("k", k)
	j := 0
	for ; j < 5; {
		j += 2
	}
	println("j", j)
	count := 0
	for i := 10; i > 0; i -= 3 {
		count++
		print(i, " ")
	}
	println()
	println("count", count)
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				break
			}
			print(i, j, " ")
		}
	}
	println()
	total := 0
	for a := 0; a < 100; a++ {
		for b := a; b < 100; b++ {
			if (a+b)%7 == 0 {
				continue
			}
			total += a ^ b
		}
	}
	println("total", total)
}
