package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
	Zip    *int   `json:"zip,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Email    string            `json:"email,omitempty"`
	Secret   string            `json:"-"`
	Dash     string            `json:"-,"`
	ID       int64             `json:"id,string"`
	Tags     []string          `json:"tags"`
	Scores   map[string]int    `json:"scores"`
	Home     Address           `json:"home"`
	Work     *Address          `json:"work"`
	Extra    any               `json:"extra"`
	Ratio    float64           `json:"ratio"`
	Active   bool              `json:"active"`
	private  int
	NoTag    uint8
	Raw      json.RawMessage   `json:"raw,omitempty"`
	Nums     [3]int            `json:"nums"`
	Bytes    []byte            `json:"bytes"`
	IntKeys  map[int]string    `json:"int_keys,omitempty"`
	Embedded
}

type Embedded struct {
	Level int    `json:"level"`
	Note  string `json:"note,omitempty"`
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

type Color int

func (c *Color) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "red":
		*c = 1
	case "green":
		*c = 2
	default:
		return fmt.Errorf("unknown color %q", s)
	}
	return nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "L%d", (*int)(l))
	return err
}

type Reading struct {
	Temp   Celsius         `json:"temp"`
	Color  Color           `json:"color"`
	Levels map[Level]bool  `json:"levels"`
	When   json.Number     `json:"when"`
}

func main() {
	zip := 12345
	p := Person{
		Name: "Alice", Age: 30, Secret: "s3cret", Dash: "dash", ID: 1234567890123,
		Tags: []string{"a", "b"}, Scores: map[string]int{"z": 1, "a": 2, "m": 3},
		Home: Address{Street: "1 Main", City: "Town", Zip: &zip},
		Extra: map[string]any{"k": []any{1, "two", 3.5, nil, true}},
		Ratio: 0.25, Active: true, private: 7, NoTag: 9,
		Raw: json.RawMessage(`{"pre":"encoded"}`), Nums: [3]int{1, 2, 3}, Bytes: []byte("hi!"),
		IntKeys: map[int]string{10: "ten", 2: "two"},
		Embedded: Embedded{Level: 5},
	}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(Address{Street: "x <&> y"}, ">", "  ")
	fmt.Println(string(b))

	var q Person
	err = json.Unmarshal(b, &q)
	fmt.Printf("%+v %v\n", q.Home, err)
	b, _ = json.Marshal(p)
	err = json.Unmarshal(b, &q)
	fmt.Println(err, q.Name, q.Age, q.ID, q.Tags, q.Scores["m"], q.Home.City, *q.Home.Zip, q.Work == nil, q.Extra, q.Nums, string(q.Bytes), q.IntKeys, q.Level, string(q.Raw), q.Secret == "", q.Dash)

	var anyv any
	err = json.Unmarshal([]byte(`{"a":[1,2,{"b":null}],"c":"d","e":1.5e3,"f":true}`), &anyv)
	fmt.Printf("%v %v\n", anyv, err)
	m := anyv.(map[string]any)
	fmt.Printf("%T %T %T %T\n", m["a"], m["c"], m["e"], m["f"])

	r := Reading{Temp: 21.5, Levels: map[Level]bool{3: true, 1: false}, When: "12.50"}
	b, err = json.Marshal(r)
	fmt.Println(string(b), err)
	var r2 Reading
	err = json.Unmarshal([]byte(`{"temp":0,"color":"green","levels":{"L7":true},"when":42.0}`), &r2)
	fmt.Println(r2.Color, r2.Levels, r2.When, err)
	err = json.Unmarshal([]byte(`{"color":"blue"}`), &r2)
	fmt.Println(err)

	// errors, as gc reports them
	var x struct {
		A int    `json:"a"`
		B string `json:"b"`
		C []int
	}
	for _, in := range []string{`{"a":"str"}`, `{"a":1.5}`, `{"b":12}`, `{"a":1,}`, `{"a" 1}`, `[1,2]`, `{"C":[1,"x"]}`, `nul`, ``, `{"a":99999999999999999999}`, `{"a":1}x`} {
		err := json.Unmarshal([]byte(in), &x)
		fmt.Printf("%-28q %v\n", in, err)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Println("  syntax error at offset", se.Offset)
		}
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			fmt.Println("  type error:", te.Value, te.Type, te.Offset, te.Field)
		}
	}
	fmt.Println(json.Unmarshal([]byte(`{}`), x))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var ip *int
	fmt.Println(json.Unmarshal([]byte(`1`), ip))
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	fmt.Println(json.Valid([]byte(`{"ok":[true]}`)), json.Valid([]byte(`{ok}`)))

	// Decoder / Encoder
	dec := json.NewDecoder(strings.NewReader(`{"name":"A","age":1} {"name":"B","age":2}
[{"name":"C"}]`))
	for {
		var pp Person
		if err := dec.Decode(&pp); err != nil {
			fmt.Println("decode stop:", err)
			break
		}
		fmt.Println("decoded", pp.Name, pp.Age)
	}
	dec = json.NewDecoder(strings.NewReader(`{"a":1,"unknown":2}`))
	dec.DisallowUnknownFields()
	var onlyA struct{ A int }
	fmt.Println(dec.Decode(&onlyA))
	dec = json.NewDecoder(strings.NewReader(`{"n":1.0000000000000001}`))
	dec.UseNumber()
	var nm map[string]any
	dec.Decode(&nm)
	fmt.Printf("%v %T\n", nm["n"], nm["n"])
	tok := json.NewDecoder(strings.NewReader(`{"a":[1,"x",true,null]}`))
	for {
		t, err := tok.Token()
		if err != nil {
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "\t")
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": []int{1}})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode("<b>")
	fmt.Print(buf.String())
	json.NewEncoder(os.Stdout).Encode([]any{1.0, 1e21, 1e-7, float32(0.1), -0.0, "\u2028\x01"})
	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2],"b":{}}`), "", " ")
	fmt.Println(out.String())
	out.Reset()
	json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(out.String())
	var hb bytes.Buffer
	json.HTMLEscape(&hb, []byte(`"<x>&"`))
	fmt.Println(hb.String())
}
