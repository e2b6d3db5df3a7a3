// Checks: conversions between integer widths and floats at run time, with truncation and sign extension.
package main

func main() {
	x := 300
	var i8 int8 = int8(x)
	var u8 uint8 = uint8(x)
	var i16 = int16(-40000 + x*0)
	println(i8, u8, i16)
	big := int64(1) << 40
	println(int32(big), uint32(big+5), int16(big-1))
	neg := -1
	println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	f := 3.99
	g := -3.99
	println(int(f), int(g), int64(f*1e6), uint8(f))
	u := uint64(1<<63 + 12345)
	println(float64(u), float32(u), int64(u))
	var r rune = 'Z'
	println(byte(r), string(r), int(r-'A'))
	h := 0x1234
	println(byte(h), byte(h>>8))
}
