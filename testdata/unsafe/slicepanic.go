// unsafe.Slice's run-time checks: a negative length panics, recoverably.
package main

import "unsafe"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "recovered:", r.(error).Error())
		}
	}()
	f()
	println(name, "ok")
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	n := -1
	try("neg", func() { _ = unsafe.Slice(&arr[0], n) })
	try("pos", func() { println(len(unsafe.Slice(&arr[0], 4))) })
	var np *int
	m := 3
	try("nil", func() { _ = unsafe.Slice(np, m) })
	_ = unsafe.Slice(&arr[0], n-1)
}
