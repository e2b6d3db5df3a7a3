// Checks: run-time int wraparound at MaxInt64/MinInt64, MinInt / -1 and MinInt % -1 (no trap).
package main

const maxInt = 1<<63 - 1
const minInt = -1 << 63

func id(x int) int { return x }

func main() {
	x := id(maxInt)
	println(x, x+1, x*2, x+x+2)
	y := id(minInt)
	println(y, y-1, -y, y*-1)
	m := id(-1)
	println(y/m, y%m)
	println(x/m, x%m)
	z := x
	z++
	println(z == y)
	p := id(1000003)
	q := p
	for i := 0; i < 5; i++ {
		q *= p
	}
	println(q)
	println(maxInt, minInt)
}
