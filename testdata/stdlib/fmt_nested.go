package main

import (
	"fmt"
	"strconv"
)

type Temp int

func (t Temp) String() string { return strconv.Itoa(int(t)) + "°" }

type Wrap struct {
	S   fmt.Stringer
	T   Temp
	t   Temp
	Err error
	Any interface{}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List []int
type Dict map[string]List

type Node struct {
	Val  int
	Next *Node
}

type Matrix [2][3]float64

type Emb struct {
	*Node
	fmt.Stringer
	P Pair[string, int]
}

func main() {
	w := Wrap{S: Temp(5), T: 6, t: 7, Any: Temp(8)}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Printf("%v %d %s\n", []Temp{1, 2}, []Temp{1, 2}, map[Temp]Temp{3: 4})
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%T %T\n", Pair[int, []string]{}, []Pair[bool, float64]{})
	fmt.Printf("%v %T %v %T\n", List{1, 2}, List{}, Dict{"x": {1}}, Dict{})
	fmt.Printf("%#v %#v\n", List{1}, Dict{"k": nil})
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n.Next, *n.Next)
	var m Matrix
	m[1][2] = 1.5
	fmt.Println(m, len(m))
	fmt.Printf("%v %.1f %#v\n", m, m, [2]bool{})
	var typedNil *Node
	var a interface{} = typedNil
	fmt.Println(a == nil, a, fmt.Sprintf("%v|%+v|%T", a, a, a))
	fmt.Printf("%v\n", []interface{}{1, "a", nil, 2.5, []int{1}, map[string]int{}, Temp(9), struct{}{}})
	fmt.Printf("%x %X %x\n", [3]uint8{1, 2, 255}, [2]byte{0xab, 0xcd}, "")
	fmt.Printf("%08.3f|%-8.2f|%+.0f|%x\n", -3.14159, 2.5, 2.5, 1.0)
	fmt.Printf("%v %v %v\n", int64(-1<<63), uint32(1<<32-1), float32(1)/3)
	fmt.Printf("%5t|%-7v|%3c|%-4q|\n", true, false, 'z', 'y')
	fmt.Printf("%s %v\n", Emb{P: Pair[string, int]{"e", 2}}.P.Key, Emb{Stringer: Temp(3)})
	fmt.Printf("%v\n", struct {
		A []string
		B map[int][]bool
		C *int
		D [0]int
		E struct{}
	}{A: []string{}, B: map[int][]bool{2: {true}, 1: nil}})
	fmt.Printf("%#v\n", struct {
		A interface{}
		B []byte
		C uint8
		D float64
		E string
	}{A: 1, B: []byte{1}, C: 2, D: 3, E: "e"})
	fmt.Printf("%T %T %T\n", struct{ A int "json:\"a\"" }{}, (*interface{ M() })(nil), (chan struct{})(nil))
	fmt.Printf("%v %d\n", map[int]string{10: "ten", -1: "neg", 5: "five"}, map[string]int{"b": 2, "a": 1, "": 0})
	fmt.Printf("%v\n", map[Temp]bool{2: true, 1: false})
	fmt.Printf("%q\n", map[string]string{"k\n": "v\t"})
	fmt.Printf("%v %v\n", []error{fmt.Errorf("e%d", 1)}, [1]fmt.Stringer{Temp(1)})
	fmt.Printf("%6.2v|%-6d|%+q|%#q|%x\n", "abc", 12, "é", "bq", -1)
	fmt.Printf("%v %s\n", fmt.Sprint(), fmt.Sprint(nil))
}
