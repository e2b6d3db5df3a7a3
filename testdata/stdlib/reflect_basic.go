package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Inner struct {
	X, Y int
}

type T struct {
	Name    string `json:"name,omitempty" xml:"n"`
	Count   int    `json:"count"`
	hidden  bool
	Ptr     *Inner
	List    []string
	M       map[string]int
	Inner   `json:"inner"`
	F       func(int) string
	Any     any
}

type Stringer interface{ String() string }

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }
func (m *MyInt) Inc()          { *m++ }

type Celsius float64

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	// Types
	t := reflect.TypeOf(T{})
	fmt.Println(t, t.Name(), t.Kind(), t.NumField(), t.PkgPath(), t.Size() > 0)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s %v %q pkg=%q anon=%v exported=%v idx=%v json=%q\n", i, f.Name, f.Type, f.Tag, f.PkgPath, f.Anonymous, f.IsExported(), f.Index, f.Tag.Get("json"))
	}
	v, ok := t.Field(0).Tag.Lookup("xml")
	fmt.Println(v, ok)
	_, ok = t.Field(1).Tag.Lookup("xml")
	fmt.Println(ok)
	sf, ok := t.FieldByName("Count")
	fmt.Println(sf.Name, sf.Offset > 0, ok)
	fmt.Println(t.FieldByIndex([]int{6, 1}).Name)
	for _, x := range []any{0, int8(0), uint16(0), 1.5, float32(1), "s", []int{}, [3]byte{}, map[string]bool{}, make(chan int), &Inner{}, func(int, ...string) error { return nil }, MyInt(1), complex64(1)} {
		tt := reflect.TypeOf(x)
		fmt.Print(tt.Kind(), " ", tt, " ", tt.Name(), "|")
		switch tt.Kind() {
		case reflect.Slice, reflect.Pointer, reflect.Chan:
			fmt.Print(" elem=", tt.Elem())
		case reflect.Array:
			fmt.Print(" len=", tt.Len(), " elem=", tt.Elem())
		case reflect.Map:
			fmt.Print(" key=", tt.Key(), " elem=", tt.Elem())
		case reflect.Func:
			fmt.Print(" in=", tt.NumIn(), " out=", tt.NumOut(), " variadic=", tt.IsVariadic(), " ", tt.In(1), " ", tt.Out(0))
		}
		fmt.Println()
	}
	stringer := reflect.TypeOf((*Stringer)(nil)).Elem()
	mi := reflect.TypeOf(MyInt(0))
	fmt.Println(stringer.Kind(), stringer.NumMethod(), mi.Implements(stringer), reflect.TypeOf(0).Implements(stringer), reflect.PointerTo(mi).Implements(stringer))
	fmt.Println(mi.NumMethod(), reflect.PointerTo(mi).NumMethod(), reflect.PointerTo(mi), reflect.PtrTo(reflect.TypeOf([]int{})))
	fmt.Println(mi.AssignableTo(stringer), mi.AssignableTo(reflect.TypeOf(0)), mi.ConvertibleTo(reflect.TypeOf(0)), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf(1.0).ConvertibleTo(reflect.TypeOf(true)))
	fmt.Println(reflect.TypeOf(0).Comparable(), reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(T{}).Comparable(), reflect.TypeOf(Inner{}).Comparable())

	// Values
	x := T{Name: "n", Count: 3, List: []string{"a", "b"}, M: map[string]int{"one": 1}, Inner: Inner{1, 2}, Any: 42}
	rv := reflect.ValueOf(&x).Elem()
	fmt.Println(rv.CanAddr(), rv.CanSet(), reflect.ValueOf(x).CanAddr(), rv.Field(2).CanSet(), rv.Field(2).CanInterface(), rv.Field(0).CanSet())
	rv.Field(0).SetString("changed")
	rv.FieldByName("Count").SetInt(99)
	rv.Field(4).Index(1).SetString("B")
	rv.Field(4).Set(reflect.Append(rv.Field(4), reflect.ValueOf("c"), reflect.ValueOf("d")))
	rv.Field(5).SetMapIndex(reflect.ValueOf("two"), reflect.ValueOf(2))
	rv.Field(5).SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	rv.Field(3).Set(reflect.New(reflect.TypeOf(Inner{})))
	rv.Field(3).Elem().Field(0).SetInt(7)
	rv.FieldByIndex([]int{6, 1}).SetInt(-5)
	rv.Field(8).Set(reflect.ValueOf("now a string"))
	fmt.Printf("%v %v %v %v %+v %v %v %v\n", x.Name, x.Count, x.List, x.M, x.Inner, x.F == nil, x.Any, *x.Ptr)
	fmt.Println(rv.Field(4).Len(), rv.Field(4).Cap() >= 4, rv.Field(5).Len(), rv.Field(8).Elem().Kind(), rv.Field(8).Kind(), rv.Field(2).Bool())
	fmt.Println(rv.Field(0).Interface(), rv.Field(1).Int(), rv.Field(7).IsNil(), rv.Field(3).IsNil(), rv.Field(6).IsZero(), reflect.ValueOf(Inner{}).IsZero())
	keys := rv.Field(5).MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	fmt.Println(keys, rv.Field(5).MapIndex(reflect.ValueOf("two")), rv.Field(5).MapIndex(reflect.ValueOf("zzz")).IsValid())
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	var pairs []string
	it := reflect.ValueOf(m).MapRange()
	for it.Next() {
		pairs = append(pairs, fmt.Sprint(it.Key(), "=", it.Value()))
	}
	sort.Strings(pairs)
	fmt.Println(pairs)

	// constructors
	s := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 5)
	s.Index(0).SetInt(10)
	s = reflect.Append(s, reflect.ValueOf(30))
	s = reflect.AppendSlice(s, reflect.ValueOf([]int{40, 50, 60}))
	fmt.Println(s.Interface(), s.Len(), s.Slice(1, 3), s.Slice3(0, 1, 2).Cap())
	dst := reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 3)
	fmt.Println(reflect.Copy(dst, s), dst)
	mm := reflect.MakeMap(reflect.TypeOf(map[string][]int{}))
	mm.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf([]int{1}))
	fmt.Println(mm.Interface(), mm.Len())
	z := reflect.Zero(reflect.TypeOf(Inner{}))
	fmt.Println(z, z.CanSet(), reflect.Indirect(reflect.ValueOf(&Inner{3, 4})), reflect.Indirect(reflect.ValueOf(5)))
	np := reflect.New(reflect.TypeOf(MyInt(0)))
	np.Elem().SetInt(41)
	np.Interface().(*MyInt).Inc()
	fmt.Println(np.Elem().Interface(), np.Type(), np.Elem().Addr().Type())
	var sp fmt.Stringer = np.Elem().Interface().(fmt.Stringer)
	fmt.Println(sp.String())
	ns := reflect.New(reflect.TypeOf([]string{}))
	ns.Elem().Set(reflect.ValueOf([]string{"x"}))
	fmt.Println(ns.Elem().Len(), ns.Type())
	bs := reflect.New(reflect.TypeOf([]byte{})).Elem()
	bs.SetBytes([]byte("bytes"))
	bs.SetLen(3)
	fmt.Println(string(bs.Bytes()))

	// Convert
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")), reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)), reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))))
	fmt.Println(reflect.ValueOf("hé").Convert(reflect.TypeOf([]byte{})), reflect.ValueOf("hé").Convert(reflect.TypeOf([]rune{})), reflect.ValueOf([]byte("ok")).Convert(reflect.TypeOf("")))
	fmt.Println(reflect.ValueOf(MyInt(5)).Convert(reflect.TypeOf(0)).Interface(), reflect.ValueOf(20.5).Convert(reflect.TypeOf(Celsius(0))).Type(), reflect.ValueOf(MyInt(5)).Convert(stringer).Type())
	fmt.Println(reflect.ValueOf(int64(300)).Convert(reflect.TypeOf(int8(0))), reflect.ValueOf(uint(7)).Convert(reflect.TypeOf(float32(0))), reflect.ValueOf(complex64(1+2i)).Convert(reflect.TypeOf(complex128(0))))
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(128), reflect.ValueOf(int8(0)).OverflowInt(-128), reflect.ValueOf(uint16(0)).OverflowUint(70000), reflect.ValueOf(float32(0)).OverflowFloat(1e39), reflect.ValueOf(1).CanConvert(reflect.TypeOf(true)))

	// DeepEqual
	type node struct {
		V    int
		Next *node
	}
	a := &node{V: 1}
	a.Next = a
	b := &node{V: 1}
	b.Next = b
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{}, []int(nil)),
		reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}),
		reflect.DeepEqual(x, x), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0),
		reflect.DeepEqual([]any{1, "a", nil}, []any{1, "a", nil}), reflect.DeepEqual(Inner{1, 2}, Inner{1, 3}), reflect.DeepEqual(func() {}, func() {}))

	// gc's panics
	try("SetInt unaddressable", func() { reflect.ValueOf(1).SetInt(2) })
	try("SetString unexported", func() { rv.Field(2).SetBool(true) })
	try("Interface unexported", func() { rv.Field(2).Interface() })
	try("Int of string", func() { reflect.ValueOf("s").Int() })
	try("Bool of int", func() { reflect.ValueOf(1).Bool() })
	try("Field of int", func() { reflect.ValueOf(1).Field(0) })
	try("Elem of int", func() { reflect.ValueOf(1).Elem() })
	try("Len of int", func() { reflect.ValueOf(1).Len() })
	try("Type of zero", func() { reflect.Value{}.Type() })
	try("Set wrong type", func() { rv.Field(0).Set(reflect.ValueOf(1)) })
	try("Addr unaddressable", func() { reflect.ValueOf(1).Addr() })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(5) })
	try("Convert", func() { reflect.ValueOf("x").Convert(reflect.TypeOf(1)) })
	try("SetLen", func() { bs.SetLen(100) })
	try("nil map", func() { reflect.ValueOf(&x).Elem().Field(5).Set(reflect.Zero(reflect.TypeOf(map[string]int{}))); rv.Field(5).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1)) })
	try("Implements non-interface", func() { mi.Implements(mi) })
	try("Elem of struct type", func() { t.Elem() })
	try("Key of slice type", func() { reflect.TypeOf([]int{}).Key() })
	try("Copy kinds", func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf(2)) })
	fmt.Println(reflect.ValueOf(nil).IsValid(), reflect.ValueOf(nil).String(), reflect.ValueOf(3).String(), reflect.Value{}.Kind())
	fmt.Println(strings.Repeat("-", 3), reflect.Int.String(), reflect.UnsafePointer, reflect.Kind(99), reflect.BothDir == reflect.SendDir|reflect.RecvDir)
	var ve *reflect.ValueError
	func() {
		defer func() { ve = recover().(*reflect.ValueError) }()
		reflect.ValueOf(1.5).Uint()
	}()
	fmt.Println(ve.Method, ve.Kind, ve.Error())
	reflect.ValueOf(x).Field(1).SetInt(1)
}
