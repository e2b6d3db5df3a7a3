// io, io/ioutil, bufio and text/tabwriter over files and in-memory readers and writers.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprintf(w, "name\tsize\tmode\n%s\t%d\t%v\n%s\t%d\t%v\n", "x.go", 120, os.FileMode(0644), "longer-name", 7, os.FileMode(0755))
	w.Flush()

	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println("Copy:", n, err, buf.String())
	n, err = io.CopyN(upper{os.Stdout}, strings.NewReader("shout\nrest"), 6)
	fmt.Println("CopyN:", n, err)
	_, err = io.CopyN(io.Discard, strings.NewReader("ab"), 5)
	fmt.Println("CopyN short:", err)
	b := make([]byte, 4)
	_, err = io.ReadFull(strings.NewReader("ab"), b)
	fmt.Println("ReadFull:", err)
	_, err = io.ReadAtLeast(strings.NewReader(""), b, 1)
	fmt.Println("ReadAtLeast:", err)
	all, err := io.ReadAll(io.MultiReader(strings.NewReader("x"), strings.NewReader("y")))
	fmt.Println("MultiReader:", string(all), err)
	var b1, b2 bytes.Buffer
	io.WriteString(io.MultiWriter(&b1, &b2), "tee")
	fmt.Println("MultiWriter:", b1.String(), b2.String())
	tr := io.TeeReader(strings.NewReader("tee reader"), &b1)
	io.ReadAll(tr)
	fmt.Println("TeeReader:", b1.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, _ = io.ReadAll(sr)
	fmt.Println("SectionReader:", string(all), sr.Size())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	all, err = io.ReadAll(pr)
	fmt.Println("Pipe:", string(all), err)

	dir, _ := ioutil.TempDir("", "swiftgo-io-")
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "lines.txt")
	fmt.Println("ioutil.WriteFile:", ioutil.WriteFile(name, []byte("alpha beta\ngamma\n\ndelta"), 0644))
	data, err := ioutil.ReadFile(name)
	fmt.Printf("ioutil.ReadFile: %q %v\n", data, err)
	infos, err := ioutil.ReadDir(dir)
	fmt.Println("ioutil.ReadDir:", len(infos), infos[0].Name(), err)
	f, _ := os.Open(name)
	all, _ = ioutil.ReadAll(f)
	fmt.Println("ioutil.ReadAll:", len(all))
	f.Seek(0, io.SeekStart)
	sc := bufio.NewScanner(f)
	for i := 1; sc.Scan(); i++ {
		fmt.Printf("line %d: %q\n", i, sc.Text())
	}
	fmt.Println("scan err:", sc.Err())
	f.Seek(0, io.SeekStart)
	sc = bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println("words:", words)
	f.Seek(0, io.SeekStart)
	r := bufio.NewReader(f)
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("ReadString: %q %v\n", s, err)
		if err != nil {
			break
		}
	}
	f.Close()
	out, _ := os.Create(filepath.Join(dir, "out.txt"))
	bw := bufio.NewWriter(out)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(bw, "%d\n", i)
	}
	bw.Flush()
	out.Close()
	fi, _ := os.Stat(out.Name())
	fmt.Println("buffered file size:", fi.Size())
	fmt.Fprintln(os.Stderr, "to stderr")
}
