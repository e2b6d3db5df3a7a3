// Methods reachable only through types that reflect finds inside a value
// converted to an interface (an element, a field, a map value, a pointer's
// target) keep their code, as under gc's UsedInIface rule; a type that is
// only allocated may lose them without anyone noticing.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type tag struct{ Name string }

func (t *tag) String() string { return "#" + t.Name }

type reading struct {
	Temp celsius
	Tag  *tag
}

type byName []string

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i] < b[j] }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type onlyAllocated struct{ n int }

func (o *onlyAllocated) String() string { return "never printed" }

func main() {
	rs := []reading{{21.5, &tag{"kitchen"}}, {-3, &tag{"yard"}}}
	fmt.Println(rs)
	fmt.Printf("%v %s\n", rs[0], map[string]celsius{"x": 1})
	v := reflect.ValueOf(rs).Index(1).Field(0).Interface()
	if s, ok := v.(fmt.Stringer); ok {
		fmt.Println("via reflect:", s.String())
	}
	p := reflect.New(reflect.TypeOf(rs).Elem().Field(1).Type.Elem())
	p.Elem().Field(0).SetString("new")
	fmt.Println(p.Interface())
	names := []string{"b", "c", "a"}
	sort.Sort(byName(names))
	fmt.Println(names)
	o := &onlyAllocated{n: 3}
	o.n++
	fmt.Println(o.n)
}
