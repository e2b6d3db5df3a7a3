package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/cmplx"
	"math/rand"
)

func main() {
	for _, x := range []uint64{0, 1, 0x80, 0xff00, 1 << 63, math.MaxUint64, 0x0123456789abcdef} {
		fmt.Println(bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 13), bits.RotateLeft64(x, -7))
	}
	fmt.Println(bits.LeadingZeros32(1), bits.OnesCount8(0xf3), bits.Len8(0), bits.Reverse8(1), bits.ReverseBytes16(0x1234), bits.UintSize)
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r)
	s, c := bits.Add64(math.MaxUint64, 2, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(1, 2, 0)
	fmt.Println(d, b)
	fmt.Println(bits.Rem64(3, 4, 5))
	h32, l32 := bits.Mul32(0xffffffff, 0xffffffff)
	fmt.Println(h32, l32)

	rng := rand.New(rand.NewSource(42))
	fmt.Println(rng.Int(), rng.Intn(100), rng.Int63(), rng.Uint32(), rng.Int31n(10), rng.Int63n(1000000))
	fmt.Println(rng.Float64(), rng.Float32(), rng.NormFloat64(), rng.ExpFloat64())
	fmt.Println(rng.Perm(10))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rng.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Float64())
	buf := make([]byte, 8)
	rng.Read(buf)
	fmt.Println(buf)
	z := rand.NewZipf(rand.New(rand.NewSource(1)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())

	z1 := complex(3, 4)
	fmt.Println(cmplx.Abs(z1), cmplx.Phase(z1), cmplx.Conj(z1), cmplx.Sqrt(-1), cmplx.Sqrt(z1))
	fmt.Printf("%.6f %.6f %.6f\n", cmplx.Exp(1i*math.Pi), cmplx.Log(z1), cmplx.Pow(z1, 2))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", cmplx.Sin(z1), cmplx.Cos(z1), cmplx.Tan(1+1i), cmplx.Asin(0.5))
	r0, th := cmplx.Polar(z1)
	fmt.Printf("%.6f %.6f %.6f\n", r0, th, cmplx.Rect(r0, th))
	fmt.Println(cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()), cmplx.Inf())
}
