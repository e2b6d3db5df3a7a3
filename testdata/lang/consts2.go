// Checks: typed and untyped constant arithmetic, iota expressions with skips, and big intermediate constants.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const huge = 1 << 100
const ratio = huge / (1 << 98)
const third = 1.0 / 3
const c = 'a' + 1

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	println(Sunday, Tuesday, Thursday)
	println(KB, MB, GB, TB)
	println(ratio, third*3 == 1, string(rune(c)))
	f := FlagA | FlagC
	println(f, f&FlagB == 0, f&^FlagA)
	const max8 = int8(127)
	v := max8
	v++
	println(v)
	println(len("héllo"), 7/2, 7/2.0, -7>>1)
}
