package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Point struct{ X, Y int }

// Pointer-receiver marshaler: used for addressable values only, as in gc.
type Temp struct{ C float64 }

func (t *Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%gC"`, t.C)), nil }

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type meta struct {
	Version int `json:"version"`
}

type Doc struct {
	*Base
	meta
	Title    string            `json:"title"`
	Points   []Point           `json:"points"`
	PtrPts   []*Point          `json:"ptr_pts"`
	Matrix   [][]float64       `json:"matrix"`
	Opt      *string           `json:"opt,omitempty"`
	Flag     bool              `json:"flag,string"`
	Rate     float64           `json:"rate,string"`
	Empty    []int             `json:"empty"`
	NilSl    []int             `json:"nil_sl"`
	NilMap   map[string]int    `json:"nil_map,omitempty"`
	Iface    fmt.Stringer      `json:"iface"`
	Nested   map[string][]Point `json:"nested"`
	Temps    []Temp            `json:"temps"`
	TempV    Temp              `json:"temp_v"`
	Uints    []uint8           `json:"uints"`
	Floats   []float64         `json:"floats"`
	Dur      time.Duration     `json:"dur"`
	Any      interface{}       `json:"any"`
	Conflict int               `json:"Title"`
}

type errMarshaler struct{}

func (errMarshaler) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type badJSON struct{}

func (badJSON) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

func main() {
	opt := "set"
	d := Doc{
		Base: &Base{ID: 7}, meta: meta{Version: 2}, Title: "doc", Points: []Point{{1, 2}, {3, 4}},
		PtrPts: []*Point{{5, 6}, nil}, Matrix: [][]float64{{1.5, -2}, {}}, Opt: &opt, Flag: true, Rate: 2.5,
		Empty: []int{}, Nested: map[string][]Point{"b": {{1, 1}}, "a": nil},
		Temps: []Temp{{20}, {21.5}}, TempV: Temp{-3}, Uints: []uint8{1, 2, 255},
		Floats: []float64{0, 1, -1.25, 1e20, 1e21, 123456789, 0.000001, 1e-7}, Dur: 1500 * time.Millisecond,
		Any: []Point{{9, 9}},
	}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&d)
	fmt.Println(string(b), err)

	var back Doc
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.ID, back.Version, back.Title, back.Points, *back.PtrPts[0], back.PtrPts[1], back.Matrix, *back.Opt, back.Flag, back.Rate, back.Empty == nil, back.NilSl == nil, back.Nested, back.Uints, back.Dur, back.Any)

	_, err = json.Marshal(errMarshaler{})
	fmt.Println(err)
	_, err = json.Marshal(badJSON{})
	fmt.Println(err)
	_, err = json.Marshal(map[bool]int{true: 1})
	fmt.Println(err)
	// (json's cycle detection starts 1000 pointers deep: too deep for
	// swiftgo's fixed 64 KiB goroutine stacks until stacks can grow.)
	_, err = json.Marshal(map[string]float64{"nan": 0 * func() float64 { var z float64; return 1 / z }()})
	fmt.Println(err)

	// Unmarshal into existing values, slices, arrays, maps with int keys
	arr := [3]int{9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &arr), arr)
	sl := []int{7, 7, 7, 7}
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &sl), sl, len(sl))
	mk := map[int]string{}
	fmt.Println(json.Unmarshal([]byte(`{"1":"a","-2":"b"}`), &mk), mk)
	var bad map[int]string
	fmt.Println(json.Unmarshal([]byte(`{"x":"a"}`), &bad))
	var u8 uint8
	fmt.Println(json.Unmarshal([]byte(`300`), &u8), u8)
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`1e40`), &f32))
	var ptrs struct{ P **int }
	fmt.Println(json.Unmarshal([]byte(`{"P":5}`), &ptrs), **ptrs.P)
	var iface fmt.Stringer
	fmt.Println(json.Unmarshal([]byte(`"x"`), &iface))
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8="`), &bs), string(bs))
	fmt.Println(json.Unmarshal([]byte(`"!!"`), &bs))
	var s struct {
		A string
		B int `json:",string"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"a":"case-insensitive","B":"12"}`), &s), s)
	fmt.Println(json.Unmarshal([]byte(`{"B":12}`), &s))
	var esc string
	fmt.Println(json.Unmarshal([]byte(`"\u00e9\n\t\"\\\/\ud83d\ude00 \ud800"`), &esc), esc)
	var num json.Number
	fmt.Println(json.Unmarshal([]byte(`123.456e2`), &num), num)
	f, _ := num.Float64()
	_, ierr := num.Int64()
	fmt.Println(f, ierr)
	var big any
	dec := json.NewDecoder(strings.NewReader(strings.Repeat("[", 3) + "1" + strings.Repeat("]", 3)))
	fmt.Println(dec.Decode(&big), big, dec.More())
	fmt.Println(json.Unmarshal([]byte(strings.Repeat("[", 10001)+strings.Repeat("]", 10001)), &big))
	mixed := []byte(`{"list":[{"X":1,"Y":2},{"X":3}],"unknown":{"deep":[1,2,3]},"title":"t"}`)
	var dd struct {
		List  []Point
		Title string
	}
	fmt.Println(json.Unmarshal(mixed, &dd), dd)
	var rm map[string]json.RawMessage
	fmt.Println(json.Unmarshal(mixed, &rm), string(rm["list"]), string(rm["unknown"]))
}
