// Checks: int arithmetic + - * / % with truncated division and remainder signs, compound assignment, ++/--.
package main

func main() {
	a, b := 17, 5
	println(a+b, a-b, a*b, a/b, a%b)
	println(-a/b, -a%b, a/-b, a%-b, -a/-b, -a%-b)
	x := 10
	x += 5
	println(x)
	x -= 3
	println(x)
	x *= 4
	println(x)
	x /= 7
	println(x)
	x %= 4
	println(x)
	x++
	x++
	x--
	println(x)
	y := -x
	println(y, -y, - -y)
	println(1+2*3-4/2, (1+2)*(3-4)/2, 7%3*2)
	n := 0
	for i := 1; i <= 100; i++ {
		n += i * i
	}
	println("sum of squares 1..100:", n)
}
