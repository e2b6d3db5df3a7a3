package main

func main() {
	_ = 0x // ERROR "hexadecimal literal has no digits"
	_ = 08 // ERROR "invalid digit '8' in octal literal"
	_ = 1e // ERROR "exponent has no digits"
	_ = 'ab' // ERROR "more than one character in rune literal"
	_ = 0b102 // ERROR "invalid digit '2' in binary literal"
	_ = 1__2 // ERROR "'_' must separate successive digits"
	_ = "\q" // ERROR "unknown escape"
	_ = 0x1p // ERROR "exponent has no digits"
	_ = 0x1.5 // ERROR "hexadecimal mantissa requires a 'p' exponent"
}
