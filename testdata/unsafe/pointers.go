// unsafe.Pointer conversions, uintptr arithmetic, Sizeof/Alignof/Offsetof,
// unsafe.Add and unsafe.Slice.
package main

import "unsafe"

type T struct {
	a int8
	b int64
	c [3]int32
	d string
	e bool
}

type Header struct {
	Data uintptr
	Len  int
}

func main() {
	x := 42
	p := unsafe.Pointer(&x)
	q := (*int)(p)
	*q = 7
	println(x, unsafe.Sizeof(x), unsafe.Alignof(x))

	var t T
	println(unsafe.Sizeof(t), unsafe.Alignof(t))
	println(unsafe.Offsetof(t.a), unsafe.Offsetof(t.b), unsafe.Offsetof(t.c), unsafe.Offsetof(t.d), unsafe.Offsetof(t.e))

	// Walk to a field through uintptr arithmetic.
	t.c[1] = 99
	pc := (*int32)(unsafe.Pointer(uintptr(unsafe.Pointer(&t)) + unsafe.Offsetof(t.c) + 4))
	println(*pc)
	*pc = -5
	println(t.c[1])

	// unsafe.Add, forwards and backwards.
	base := unsafe.Pointer(&t.c[0])
	third := (*int32)(unsafe.Add(base, 2*unsafe.Sizeof(t.c[0])))
	*third = 123
	println(t.c[2])
	back := (*int32)(unsafe.Add(unsafe.Pointer(third), -8))
	*back = 11
	println(t.c[0])
	var i8 int8 = 4
	println(*(*int32)(unsafe.Add(base, i8)))

	// Reinterpreting memory.
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	println(bits)
	u := uint32(0x01020304)
	bytes := (*[4]byte)(unsafe.Pointer(&u))
	println(bytes[0], bytes[1], bytes[2], bytes[3])

	// unsafe.Slice over an array and a string's bytes.
	arr := [5]int{10, 20, 30, 40, 50}
	s := unsafe.Slice(&arr[1], 3)
	println(len(s), cap(s), s[0], s[2])
	s[1] = 33
	println(arr[2])
	str := "hello"
	hdr := (*Header)(unsafe.Pointer(&str))
	bs := unsafe.Slice((*byte)(unsafe.Pointer(hdr.Data)), hdr.Len)
	println(len(bs), string(bs[1:4]))
	var n uint8 = 2
	println(len(unsafe.Slice(&arr[0], n)))

	// nil pointers.
	var np *int
	println(unsafe.Pointer(np) == nil, uintptr(unsafe.Pointer(np)))
	empty := unsafe.Slice(np, 0)
	println(empty == nil, len(empty))

	// Pointer identity through uintptr round trips.
	a := &arr[3]
	b := (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(a))))
	println(a == b, *b)
	println(unsafe.Sizeof(struct {
		x byte
		y int16
	}{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(any(nil)))
}
