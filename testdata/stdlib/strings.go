// Checks: strings, unicode/utf8 and errors compiled from Go 1.19's own source.
package main

import (
	"errors"
	"strings"
	"unicode/utf8"
)

var ErrX = errors.New("x failed")

func main() {
	println(strings.ToUpper("hello, world"))
	println(strings.Repeat("ab", 3), strings.Index("chicken", "ken"))
	println(utf8.RuneCountInString("héllo"))
	println(ErrX.Error())
	println(strings.Join([]string{"a", "b", "c"}, "-"))
	println(strings.Fields(" a b  c ")[2])
}
