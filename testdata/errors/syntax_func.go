package main

func f(a int, b) {} // ERROR "syntax error: mixed named and unnamed parameters"

func g() {
	func h() {} // ERROR "syntax error: unexpected h, expecting \("
} // ERROR "syntax error: non-declaration statement outside function body"

func main() {
	var x = []int{1, 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \}"
	}
}
