// mandelbrot.go: the mandelbrot benchmark (benchmarks-game style), single
// goroutine: a size x size bitmap of the Mandelbrot set over [-1.5,0.5] x
// [-1,1], 50 iterations, escape radius 2, eight pixels packed per byte. It
// prints a checksum of the bitmap (a multiplicative hash of its bytes) instead
// of the PBM image.
package main

const (
	size    = 3000
	maxIter = 50
	limit   = 4.0
)

func main() {
	rowBytes := (size + 7) / 8
	bitmap := make([]byte, rowBytes*size)
	inv := 2.0 / float64(size)
	for y := 0; y < size; y++ {
		ci := float64(y)*inv - 1.0
		row := bitmap[y*rowBytes : (y+1)*rowBytes]
		for xb := 0; xb < rowBytes; xb++ {
			var bits byte
			for bit := 0; bit < 8; bit++ {
				x := xb*8 + bit
				cr := float64(x)*inv - 1.5
				zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
				i := 0
				for ; i < maxIter && tr+ti <= limit; i++ {
					zi = 2*zr*zi + ci
					zr = tr - ti + cr
					tr = zr * zr
					ti = zi * zi
				}
				bits <<= 1
				if tr+ti <= limit && x < size {
					bits |= 1
				}
			}
			row[xb] = bits
		}
	}
	h := uint32(2166136261)
	count := 0
	for _, b := range bitmap {
		h = (h ^ uint32(b)) * 16777619
		for ; b != 0; b &= b - 1 {
			count++
		}
	}
	println("checksum", h, "pixels in set", count)
}
