// Checks: struct embedding: promoted fields and methods, shadowing, and pointer embedding.
package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Mid struct {
	Base
	Level int
}

type Top struct {
	*Mid
	Name string // shadows Base.Name
}

func (t Top) Describe() string { return "top " + t.Name + " over " + t.Mid.Describe() }

func main() {
	m := Mid{Base{1, "m"}, 2}
	println(m.ID, m.Name, m.Level, m.Describe())
	m.Rename("m2")
	println(m.Name, m.Base.Name)
	t := Top{&m, "t"}
	println(t.Name, t.Base.Name, t.ID, t.Describe())
	t.Rename("via-top")
	println(m.Name, t.Mid.Name)
	t.Level = 9
	println(m.Level)
}
