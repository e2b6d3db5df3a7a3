package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界! ǅ 123 \u00a0\t"
	for _, r := range s {
		fmt.Printf("%q L%v U%v l%v T%v D%v N%v S%v P%v G%v %q %q %q\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsTitle(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsGraphic(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('Ж', unicode.Cyrillic, unicode.Greek), unicode.SimpleFold('A'), unicode.SimpleFold('k'))
	fmt.Println(utf8.RuneCountInString(s), len(s), utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.RuneLen('世'), utf8.FullRune([]byte{0xe4, 0xb8}))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Println(r, size)
	r, size = utf8.DecodeRune([]byte{0xff})
	fmt.Println(r == utf8.RuneError, size)
	buf := make([]byte, 0, 16)
	buf = utf8.AppendRune(buf, '€')
	buf = utf8.AppendRune(buf, 0x10FFFF)
	fmt.Printf("% x\n", buf)
	enc := utf16.Encode([]rune("a€𝄞"))
	fmt.Println(enc, string(utf16.Decode(enc)), utf16.IsSurrogate(0xd834))
	r1, r2 := utf16.EncodeRune('𝄞')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))

	// bytes
	b := []byte("  Hello, Bytes World  ")
	fmt.Printf("%q\n", bytes.TrimSpace(b))
	fmt.Printf("%q\n", bytes.Fields(b))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Println(bytes.Contains(b, []byte("Bytes")), bytes.Index(b, []byte("World")), bytes.LastIndexByte(b, 'o'), bytes.Count(b, []byte("l")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(b, []byte("  H")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper(b), bytes.Title([]byte("hello world")), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, b))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	var bb bytes.Buffer
	bb.WriteString("line1\nline2\n")
	bb.WriteByte('x')
	bb.WriteRune('世')
	fmt.Fprintf(&bb, "%d", 42)
	line, err := bb.ReadString('\n')
	fmt.Printf("%q %v %d %q\n", line, err, bb.Len(), bb.String())
	rd := bytes.NewReader([]byte("reader"))
	p := make([]byte, 4)
	nn, _ := rd.Read(p)
	fmt.Println(nn, string(p[:nn]), rd.Len())

	// strings.Builder
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('é')
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.Grow(64)
	sb.WriteString("again")
	fmt.Println(sb.String(), sb.Cap() >= 64)
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.ToUpper("straße"), strings.Title("go is fun"))
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("<a href=\"x&y\">"))
}
