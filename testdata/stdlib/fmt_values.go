package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

type Inner struct {
	Name string
	Tags []string
}

type Outer struct {
	Inner
	P     *Point
	M     map[string]int
	I     interface{}
	E     error
	temp  Celsius
	arr   [3]byte
	Flag  bool
	F     float32
	Bytes []byte
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Gopher struct{ name string }

func (g Gopher) GoString() string { return "Gopher(" + g.name + ")" }

type Fm struct{}

func (Fm) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	fmt.Fprintf(f, "Fm[%c %d %v %v]", c, w, wok, f.Flag('+'))
}

func main() {
	o := Outer{
		Inner: Inner{"in", []string{"a", "b"}},
		P:     nil,
		M:     map[string]int{"z": 26, "a": 1},
		I:     Point{3, 4},
		E:     errors.New("boom"),
		temp:  21.5,
		arr:   [3]byte{1, 2, 3},
		F:     1.5,
		Bytes: []byte("xy"),
	}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v %s %d\n", Celsius(3), Celsius(4), Red)
	fmt.Println(Green, []Color{Red, Green}, map[Color]int{Green: 2, Red: 1})
	fmt.Printf("%#v %#v %#v\n", Gopher{"g"}, Point{1, 2}, []interface{}{1, "a", nil})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.5, map[string]bool{"t": true})
	fmt.Printf("%v|%+5d|%05d|%x|%X|%#x|%#o\n", Fm{}, 42, -42, -255, "Hi", 255, 8)
	fmt.Printf("%10v|%-10v|%+8v\n", Fm{}, Point{1, 2}, Fm{})
	fmt.Printf("%[2]d %[1]d %*d %.*f\n", 1, 2, 5, 3, 2, 3.14159)
	fmt.Printf("%08.3f|%+.2e|%G|%.3g|%v\n", 3.14159, 12345.678, 1e-10, 2.0/3, float32(0.1))
	fmt.Printf("%q %v %x %X\n", []string{"a b", "c"}, [2][2]int{{1, 2}, {3, 4}}, "hello", []byte{1, 171})
	fmt.Printf("%t %v %08b %o %c\n", false, uint16(65535), 5, 64, 0x1F600)
	fmt.Printf("%v %v %v\n", map[Point]string{{2, 1}: "b", {1, 2}: "a"}, map[float64]int{2.5: 1, -1: 2}, map[bool]int{true: 1, false: 0})
	fmt.Printf("%v %v\n", map[interface{}]int{"b": 1, "a": 3}, map[[2]int]bool{{2, 1}: true, {1, 9}: false})
	var np *Point
	var ni interface{}
	var ne error
	var nm map[string]int
	var ns []int
	fmt.Println(np, ni, ne, nm, ns, len(ns))
	fmt.Printf("%v %+v %#v %#v %#v\n", np, ni, nm, ns, ne)
	fmt.Printf("%d %s\n", []int8{-1, 2}, []error{errors.New("e1"), nil})
	fmt.Printf("%v %.2f %v\n", complex(1.5, -2), complex64(complex(1, 1)), []complex128{1i})
	fmt.Printf("%!|%z|%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Println(fmt.Sprintf("%s", errors.New("as string")), fmt.Sprint(o.E, " ", o.I))
	fmt.Printf("%v %v\n", &o.Inner, &[]int{1})
	fmt.Printf("%s|%10.3s|%-4q|\n", strings.Repeat("ab", 3), "abcdef", 'x')
	fmt.Printf("%6.2f%%\n", 99.5)
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"c", 3}, {"a", 1}, {"b", 2}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].k < ps[j].k })
	fmt.Println(ps)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].v > ps[j].v })
	fmt.Printf("%+v\n", ps)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	fmt.Println(sb.String(), sb.Len())
	n, err := fmt.Fprint(os.Stdout, "x", 1, 2, "y\n")
	fmt.Println(n, err)
	fmt.Println(os.Getenv("SWIFTGO_SURELY_UNSET") == "", len(os.Environ()) >= 0)
	defer fmt.Println("deferred (not printed)")
	os.Exit(3)
}
