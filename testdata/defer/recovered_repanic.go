// Checks: re-panicking after recover prints the first panic as [recovered].
package main

func main() {
	defer func() {
		r := recover()
		println("got", r.(string))
		panic("again")
	}()
	panic("once")
}
