// Checks: math and math/bits from Go 1.19's source (portable code paths).
package main

import (
	"math"
	"math/bits"
)

func main() {
	println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-3.7))
	println(math.Abs(-4.5), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3))
	println(math.Exp(1), math.Log(10), math.Pow(2, 10), math.Hypot(3, 4))
	println(math.Inf(1), math.IsNaN(math.NaN()), math.MaxInt64, math.Pi)
	println(math.Sin(1), math.Cos(1), math.Atan2(1, 2))
	println(bits.OnesCount64(0xff00ff), bits.LeadingZeros32(1), bits.TrailingZeros16(8), bits.Reverse8(1))
	hi, lo := bits.Mul64(1<<63, 4)
	println(hi, lo)
}
