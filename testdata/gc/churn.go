// A bounded live set (a ring of 1000 buffers) while about 100 MB is
// allocated in total: objects of many size classes, large objects
// (> 32 KiB), pointer-free and pointerful, strings and interface boxes.
package main

type rec struct {
	name string
	buf  []byte
	next *rec
	val  interface{}
}

func main() {
	ring := make([]*rec, 1000)
	sum := 0
	for i := 0; i < 100000; i++ {
		size := (i * 37) % 2000
		if i%1000 == 999 {
			size = 40000 + i%5000 // a large object
		}
		r := &rec{name: "r" + string(rune('a'+i%26)), buf: make([]byte, size)}
		if size > 0 {
			r.buf[size-1] = byte(i)
		}
		r.val = i
		r.next = &rec{name: "child", buf: make([]byte, i%7)}
		ring[i%len(ring)] = r
	}
	for _, r := range ring {
		if len(r.buf) > 0 {
			sum += int(r.buf[len(r.buf)-1])
		}
		sum += r.val.(int) + len(r.name)
		if r.next != nil {
			sum += len(r.next.buf)
		}
	}
	println("sum", sum)
}
