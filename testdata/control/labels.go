// Checks: labeled break and continue across nested loops, and break inside switch inside for (breaks only the switch).
package main

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()

	found := 0
search:
	for a := 1; a < 50; a++ {
		for b := a; b < 50; b++ {
			for c := b; c < 50; c++ {
				if a*a+b*b == c*c && a+b+c > 30 {
					println("triple", a, b, c)
					found++
					if found == 3 {
						break search
					}
					continue search
				}
			}
		}
	}

	for i := 0; i < 6; i++ {
		switch {
		case i == 2:
			break
		case i == 4:
			println("four")
			break
		}
		print(i, " ")
	}
	println()

loop:
	for i := 0; ; i++ {
		switch i {
		case 1, 3:
			continue loop
		case 5:
			break loop
		}
		print(i, " ")
	}
	println()

L1:
	for x := 0; x < 3; x++ {
	L2:
		for y := 0; y < 3; y++ {
			for z := 0; z < 3; z++ {
				if z == 1 {
					continue L2
				}
				if y == 2 {
					continue L1
				}
				print(x, y, z, ";")
			}
		}
	}
	println()
}
