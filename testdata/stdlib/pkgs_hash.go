package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("0123456789", 100)}
	for _, s := range inputs {
		b := []byte(s)
		fmt.Printf("len=%d\n", len(s))
		fmt.Printf(" md5    %x\n", md5.Sum(b))
		fmt.Printf(" sha1   %x\n", sha1.Sum(b))
		fmt.Printf(" sha256 %x\n", sha256.Sum256(b))
		fmt.Printf(" sha224 %x\n", sha256.Sum224(b))
		fmt.Printf(" crc32  %08x %08x\n", crc32.ChecksumIEEE(b), crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)))
		fmt.Printf(" crc64  %016x %016x\n", crc64.Checksum(b, crc64.MakeTable(crc64.ISO)), crc64.Checksum(b, crc64.MakeTable(crc64.ECMA)))
		fmt.Printf(" adler  %08x\n", adler32.Checksum(b))
		h32 := fnv.New32a()
		h32.Write(b)
		h64 := fnv.New64()
		h64.Write(b)
		h128 := fnv.New128a()
		h128.Write(b)
		fmt.Printf(" fnv    %08x %016x %x\n", h32.Sum32(), h64.Sum64(), h128.Sum(nil))
	}
	// streaming writes in odd chunk sizes must agree with one-shot sums
	h := sha256.New()
	data := []byte(strings.Repeat("swiftgo!", 1000))
	for i := 0; i < len(data); i += 37 {
		end := i + 37
		if end > len(data) {
			end = len(data)
		}
		h.Write(data[i:end])
	}
	fmt.Printf("stream %x %v\n", h.Sum(nil), fmt.Sprintf("%x", h.Sum(nil)) == fmt.Sprintf("%x", sha256.Sum256(data)))
	m := md5.New()
	io.WriteString(m, "hello ")
	io.WriteString(m, "world")
	fmt.Printf("md5 stream %x size=%d block=%d\n", m.Sum(nil), m.Size(), m.BlockSize())
	s1 := sha1.New()
	io.Copy(s1, strings.NewReader(strings.Repeat("x", 12345)))
	fmt.Printf("sha1 copy %x\n", s1.Sum([]byte("prefix")))
}
