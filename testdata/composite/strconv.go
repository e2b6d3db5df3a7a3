package main

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	println(len(b), b[1], b[2])
	b[0] = 'H'
	println(string(b), s)
	r := []rune(s)
	println(len(r), r[1], r[7])
	r[8] = 'X'
	println(string(r))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD", string(rune(0x10FFFF+1)) == "\uFFFD")
	var i int = 0x1F600
	println(string(rune(i)), len(string(rune(i))))
	var u8 byte = 'z'
	println(string(u8))
	println(string([]byte{}), len(string([]byte(nil))))
	println(string([]rune{0x48, 0x49, 0xD800, 0x263A}))
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98\x80"
	for i, c := range bad {
		println(i, c)
	}
	for i, c := range []rune(bad) {
		print(i, ":", c, " ")
	}
	println()
	bs := []byte("hello")
	bs = append(bs, " world"...)
	println(string(bs))
	str := string(bs[:5])
	bs[0] = 'J'
	println(str, string(bs[:5]))
}
