// fannkuch.go: the fannkuch-redux benchmark (benchmarks-game style), single
// goroutine. Enumerates the permutations of 0..n-1 in the benchmark's order,
// counts the prefix reversals ("flips") until 0 comes first, and prints the
// alternating checksum and the maximum flip count. Integer and slice work:
// small loops, bounds checks on every index. The n = 10 problem is solved
// reps times to give a run time near a second.
package main

const (
	n    = 10
	reps = 3 // n = 11 would take 11x as long as n = 10
)

func fannkuch(n int) (int, int) {
	perm1 := make([]int, n)
	perm := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	maxFlips, checksum, permCount := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Next permutation: rotate the first r+1 elements left until a
		// counter does not wrap.
		for {
			if r == n {
				return checksum, maxFlips
			}
			p0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = p0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	checksum, maxFlips := 0, 0
	for r := 0; r < reps; r++ {
		c, m := fannkuch(n)
		checksum += c
		if m > maxFlips {
			maxFlips = m
		}
	}
	println(checksum / reps)
	println("Pfannkuchen(", n, ") =", maxFlips)
}
