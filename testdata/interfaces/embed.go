package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	data string
	n    int
}

func (f *File) Read() string       { return f.data }
func (f *File) Write(s string) int { f.data += s; f.n++; return len(f.data) }

type Logged struct {
	*File
	prefix string
}

type Wrapped struct {
	Reader
	extra int
}

type Base struct{ id int }

func (b Base) ID() int { return b.id }

type Derived struct {
	Base
	name string
}

type IDer interface{ ID() int }

func main() {
	f := &File{}
	var rw ReadWriter = f
	rw.Write("ab")
	rw.Write("cd")
	println(rw.Read(), f.n)
	var r Reader = rw
	println(r.Read())
	var w Writer = rw
	println(w.Write("e"))
	l := Logged{f, "log"}
	var rw2 ReadWriter = l
	rw2.Write("!")
	println(rw2.Read())
	wr := Wrapped{r, 1}
	var r2 Reader = wr
	println(r2.Read())
	println(wr.Read())
	var id IDer = Derived{Base{5}, "d"}
	println(id.ID())
	var id2 IDer = &Derived{Base{6}, "e"}
	println(id2.ID())
	x, ok := r.(Writer)
	println(ok, x.Write("z"))
	_, ok = id.(Reader)
	println(ok)
}
