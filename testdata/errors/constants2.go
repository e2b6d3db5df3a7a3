package main

const maxI64 int64 = 1<<63 - 1

func main() {
	_ = maxI64 + 1 // ERROR "maxI64 \+ 1 \(constant 9223372036854775808 of type int64\) overflows int64"
	var r rune = "x" // ERROR "cannot use .x. \(untyped string constant\) as rune value in variable declaration"
	var s string = 'x' // ERROR "cannot use 'x' \(untyped rune constant 120\) as string value in variable declaration"
	_ = byte('世') // ERROR "cannot convert '世' \(untyped rune constant 19990\) to type byte"
	var i int = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as int value in variable declaration \(truncated\)"
	_ = 5 / 2.0 + int(3) // ERROR "5 / 2.0 \(untyped float constant 2.5\) truncated to int"
	const h = "hello"
	_ = h[10] // ERROR "invalid argument: index 10 out of bounds \[0:5\]"
	_, _, _ = r, s, i
}
