package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

type header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Size    int64
	Ratio   float32
	Tag     [4]byte
}

func main() {
	// encoding/binary
	buf := make([]byte, 8)
	binary.LittleEndian.PutUint32(buf, 0xdeadbeef)
	binary.BigEndian.PutUint16(buf[4:], 0x1234)
	fmt.Printf("% x\n", buf)
	fmt.Println(binary.LittleEndian.Uint32(buf), binary.BigEndian.Uint16(buf[4:]), binary.BigEndian.Uint64(buf))
	v := make([]byte, binary.MaxVarintLen64)
	for _, x := range []int64{0, 1, -1, 63, -64, 300, -300, 1 << 40, -1 << 62} {
		n := binary.PutVarint(v, x)
		y, m := binary.Varint(v[:n])
		fmt.Printf("varint %d -> % x -> %d (%d)\n", x, v[:n], y, m)
	}
	n := binary.PutUvarint(v, 1<<63)
	u, _ := binary.Uvarint(v[:n])
	fmt.Printf("uvarint % x %d\n", v[:n], u)
	var w bytes.Buffer
	h := header{Magic: 0xcafebabe, Version: 3, Flags: 7, Size: -42, Ratio: 1.5, Tag: [4]byte{'s', 'g', 'o', '!'}}
	if err := binary.Write(&w, binary.BigEndian, h); err != nil {
		fmt.Println("write error", err)
	}
	fmt.Printf("struct % x (size %d)\n", w.Bytes(), binary.Size(h))
	var h2 header
	if err := binary.Read(bytes.NewReader(w.Bytes()), binary.BigEndian, &h2); err != nil {
		fmt.Println("read error", err)
	}
	fmt.Printf("%+v %v\n", h2, h == h2)
	var xs [3]uint16
	binary.Read(bytes.NewReader([]byte{1, 0, 2, 0, 3, 0}), binary.LittleEndian, &xs)
	fmt.Println(xs)
	err := binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &h2)
	fmt.Println("short read:", err)

	// encoding/hex
	src := []byte("Hello, swiftgo\x00\xff")
	enc := hex.EncodeToString(src)
	fmt.Println(enc)
	dec, err := hex.DecodeString(enc)
	fmt.Printf("%q %v\n", dec, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))

	// encoding/base64
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe"} {
		e1 := base64.StdEncoding.EncodeToString([]byte(s))
		e2 := base64.URLEncoding.EncodeToString([]byte(s))
		e3 := base64.RawStdEncoding.EncodeToString([]byte(s))
		d, err := base64.StdEncoding.DecodeString(e1)
		fmt.Printf("%q %s %s %s %q %v\n", s, e1, e2, e3, d, err)
	}
	_, err = base64.StdEncoding.DecodeString("Zm9v!mFy")
	fmt.Println(err)
	var bb bytes.Buffer
	enc64 := base64.NewEncoder(base64.StdEncoding, &bb)
	enc64.Write([]byte("streaming "))
	enc64.Write([]byte("encoder"))
	enc64.Close()
	fmt.Println(bb.String())
}
