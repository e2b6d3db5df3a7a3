package main

func main() {
	_ = 0_x1 // ERROR "'_' must separate successive digits"
	_ = 12_ // ERROR "'_' must separate successive digits"
	_ = '\u12' // ERROR "invalid character '\\'' in hexadecimal escape"
	_ = "\U00110000" // ERROR "escape is invalid Unicode code point U\+110000"
}

/* not terminated // ERROR "comment not terminated"
