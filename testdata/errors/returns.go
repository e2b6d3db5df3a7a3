package main

func a() int {
} // ERROR "missing return"

func b() int {
	return // ERROR "not enough return values"
}

func c() {
	return 1 // ERROR "too many return values"
}

func d() (int, string) {
	return 1 // ERROR "not enough return values"
}

func e() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}

func f(n int) int {
	for n > 0 {
		return 1
	}
} // ERROR "missing return"

func g(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
} // ERROR "missing return"

func h() (int, int) {
	return 1, 2, 3 // ERROR "too many return values"
}

func main() {}
