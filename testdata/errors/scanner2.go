package main

func main() {
	_ = '' // ERROR "empty rune literal or unescaped '"
	_ = 1p2 // ERROR "'p' exponent requires hexadecimal mantissa"
	_ = 0o // ERROR "octal literal has no digits"
	_ = '\400' // ERROR "octal escape value 256 > 255"
	_ = "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
	x := 1 @ 2 // ERROR "invalid character U\+0040 '@'"
	_ = "abc // ERROR "newline in string"
}
