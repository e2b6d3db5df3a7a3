package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type S struct {
	A int
	b string
}

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("12 34 word 2.5", "%d %d %s %g", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	var x uint8
	var y bool
	var z string
	n, err = fmt.Sscan("200 true zed", &x, &y, &z)
	fmt.Println(n, err, x, y, z)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	var h int
	fmt.Sscanf("ff", "%x", &h)
	fmt.Println(h)
	r := strings.NewReader("1\n2\n3\n")
	sum := 0
	for {
		var v int
		_, err := fmt.Fscanln(r, &v)
		if err == io.EOF {
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	fmt.Printf("%T\n", func(int, ...string) (bool, error) { return false, nil })
	fmt.Printf("%T %T %T\n", map[string][]int{}, make(chan<- int), struct {
		X int
		y string
	}{})
	fmt.Printf("%T %T %T\n", []interface{}{}, [3]*S{}, errors.New)
	fmt.Printf("%T %T\n", os.Stdout, io.EOF)
	fmt.Printf("%v %+v %#v\n", S{1, "x"}, &S{2, "y"}, []*int{nil})
	fmt.Printf("%x %X % X %#x\n", "héllo", []byte("ok"), "ok", "ok")
	fmt.Printf("%v\n", [][]string{{"a"}, nil, {}})
	fmt.Printf("%s %v\n", []byte("bytes"), [4]byte{'a', 'b', 'c', 'd'})
	fmt.Printf("%d %v\n", []uint{1, 2}, []uintptr{3})
	fmt.Println(fmt.Errorf("code %d: %w", 404, io.EOF), errors.Is(fmt.Errorf("x: %w", io.EOF), io.EOF))
	_, err = os.Stdin.Read(make([]byte, 4))
	fmt.Println("stdin:", err)
	fmt.Println(len(os.Args), os.Stdout.Name(), os.Stderr.Fd())
}
