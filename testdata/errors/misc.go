package main

func f() (int, int) { return 1, 2 }

func main() {
	_ = _ // ERROR "cannot use _ as value or type"
	var x int = f() // ERROR "multiple-value f\(\) \(value of type \(int, int\)\) in single-value context"
	go 1 // ERROR "expression in go must be function call"
	defer f // ERROR "expression in defer must be function call"
	go func() {} // ERROR "expression in go must be function call"
	s := []int{}
	defer len(s) // ERROR "defer discards result of len\(s\) \(value of type int\)"
	_ = x
}
