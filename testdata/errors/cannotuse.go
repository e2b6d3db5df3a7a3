package main

type P struct{ name string }

func takeString(s string) {}

func ret() int {
	return "no" // ERROR "cannot use .no. \(untyped string constant\) as int value in return statement"
}

func main() {
	var x int
	var s string = x // ERROR "cannot use x \(variable of type int\) as type string in variable declaration"
	s = x // ERROR "cannot use x \(variable of type int\) as type string in assignment"
	takeString(x) // ERROR "cannot use x \(variable of type int\) as type string in argument to takeString"
	_ = P{name: 1} // ERROR "cannot use 1 \(untyped int constant\) as string value in struct literal"
	_ = []int{"a"} // ERROR "cannot use .a. \(untyped string constant\) as int value in array or slice literal"
	_ = map[string]int{"k": "v"} // ERROR "cannot use .v. \(untyped string constant\) as int value in map literal"
	ch := make(chan string)
	ch <- 3 // ERROR "cannot use 3 \(untyped int constant\) as string value in send"
	var f float64 = "1.5" // ERROR "cannot use .1.5. \(untyped string constant\) as float64 value in variable declaration"
	_, _ = s, f

}
