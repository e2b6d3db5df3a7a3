package main

type Number interface{ ~int | ~float64 }

type Exact interface{ int | string }

type Stringer interface{ String() string }

type MyInt int

func (MyInt) String() string { return "" }

type Both interface {
	~int
	String() string
}

func Sum[T Number](xs ...T) T   { var s T; return s }
func Only[T Exact](x T)           {}
func Str[T Stringer](x T)         {}
func Cmp[T comparable](x T)       {}
func B[T Both](x T)               {}
func First[S ~[]E, E any](s S) E { return s[0] }

type List[T Number] struct{ x T }

func main() {
	Sum(1, 2)
	Sum("a", "b") // ERROR "string does not implement Number \(string missing in ~int \| ~float64\)"
	Sum[string]() // ERROR "string does not implement Number \(string missing in ~int \| ~float64\)"
	Only(MyInt(1)) // ERROR "MyInt does not implement Exact \(possibly missing ~ for int in constraint Exact\)"
	Only(1.5) // ERROR "float64 does not implement Exact \(float64 missing in int \| string\)"
	Str(1) // ERROR "int does not implement Stringer \(missing String method\)"
	Str(MyInt(1))
	Cmp([]int{}) // ERROR "\[\]int does not implement comparable"
	Cmp(struct{ a int }{1})
	B(MyInt(1))
	B(1) // ERROR "int does not implement Both \(missing String method\)"
	var l List[bool] // ERROR "bool does not implement Number \(bool missing in ~int \| ~float64\)"
	var e interface{ M() }
	_, _ = First([]int{1}), First[[]string, string]([]string{""})
	_, _ = l, e
}
