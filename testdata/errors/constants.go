package main

const big = 1 << 100

func main() {
	var b byte = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i int = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	const c int8 = 200 // ERROR "cannot use 200 \(untyped int constant\) as int8 value in constant declaration \(overflows\)"
	var x = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	_ = int8(200) // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
	_ = uint(-1) // ERROR "cannot convert -1 \(untyped int constant\) to type uint"
	const m int8 = 100
	const n = m * 2 // ERROR "m \* 2 \(constant 200 of type int8\) overflows int8"
	var u uint8 = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var f float32 = 1e50 // ERROR "cannot use 1e50 \(untyped float constant 1e\+50\) as float32 value in variable declaration \(overflows\)"
	_, _, _, _, _ = b, i, x, u, f
}
