package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct {
	A int
	B string
	c []int
}

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

func main() {
	fmt.Println("hello", 42, -7, 3.5, true, nil, 'x', "s")
	fmt.Printf("%d %5d %-5d| %x %X %o %b\n", 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%s %q %v %x\n", "str", "quo\"te", "v", "hex")
	fmt.Printf("%5.2f %e %g %v %v\n", 3.14159, 1234.5678, 0.000001, 1e21, float32(2.5))
	fmt.Printf("%t %v %%\n", true, false)
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.0, []int{1}, &T{}, errors.New("x"))
	s := fmt.Sprintf("%d-%s", 7, "seven")
	fmt.Println(s, len(s))
	err := fmt.Errorf("wrap: %w", &E{"inner"})
	fmt.Println(err)
	var e *E
	fmt.Println(errors.As(err, &e), e.msg)
	fmt.Println(errors.Unwrap(err).Error(), errors.Is(err, err))
	fmt.Println([]int{1, 2, 3}, []string{"a", "b"}, [2]bool{true, false})
	fmt.Printf("%v %d %x % x\n", []int{10, 20}, []int{10, 20}, []byte("hi"), []byte("hi"))
	t := T{1, "x", []int{5}}
	fmt.Printf("%v %+v\n", t, t)
	fmt.Printf("%#v\n", t)
	fmt.Println(&t)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v %#v\n", map[int]bool{3: true, 1: false}, []string{"q"})
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	fmt.Printf("%v %d\n", [][]int{{1}, {2, 3}}, map[string][]int{"k": {1}})
	fmt.Printf("%6.3v|%-8s|%8s|\n", 3.14159, "ab", "cd")
	fmt.Printf("%c %U %q\n", 'A', 'A', 'A')
	fmt.Printf("%d %s\n", "bad", 5)
	fmt.Println(fmt.Sprintln("a", 1), fmt.Sprint("a", 1, 2, "b"))
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%v %v\n", struct{ X, Y int }{1, 2}, &struct{ P *int }{nil})
	var iface interface{} = 5
	fmt.Printf("%v %T\n", iface, iface)
	fmt.Println(len(os.Args) > 0, uint8(200), int8(-3), uint64(1<<63), complex(1, 2))
}
