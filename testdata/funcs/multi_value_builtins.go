// A multi-valued call as the whole argument list of complex and append.
package main

func parts() (float64, float64)          { return 5, 7 }
func parts32() (float32, float32)        { return 1.5, -2 }
func withElems() ([]string, string)      { return []string{"foo"}, "bar" }
func withBytes() ([]byte, byte, byte)    { return []byte{'a', 'b'}, '1', '2' }
func withAny() ([]interface{}, int, int) { return nil, 1, 2 }

func main() {
	println(complex(parts()), complex(parts32()))
	s := append(withElems())
	println(len(s), s[0], s[1])
	bs := append(withBytes())
	println(string(bs))
	xs := append(withAny())
	println(len(xs), xs[0].(int)+xs[1].(int))
}
