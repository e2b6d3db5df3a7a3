// path and path/filepath: Join, Base, Dir, Ext, Clean, Split, Rel, Match, Glob, Abs, WalkDir and
// Walk over a temporary tree, SkipDir.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/x/y.go"), path.Dir("/x/y.go"), path.Ext("f.tar.gz"))
	fmt.Println(path.Clean("a//b/./c/.."), path.Clean(""), path.IsAbs("/a"))
	for _, p := range []string{"", "/", "a/b/", "../../x", "/a/./b/../../c", "//a"} {
		fmt.Printf("%q: clean=%q base=%q dir=%q\n", p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p))
	}
	d, f := filepath.Split("/usr/lib/go/bin")
	fmt.Println(d, f, filepath.Ext("x.go"), filepath.Ext("noext"), filepath.Join("a", "", "b", "../c"))
	for _, pair := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {".", "a/b"}} {
		r, err := filepath.Rel(pair[0], pair[1])
		fmt.Printf("Rel(%s, %s) = %q %v\n", pair[0], pair[1], r, err)
	}
	for _, m := range [][2]string{{"*.go", "main.go"}, {"a/*/c", "a/b/c"}, {"a/*", "a/b/c"}, {"[a-c]?", "bx"},
		{"[^a]*", "abc"}, {"\\*", "*"}, {"[", "a"}} {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v %v\n", m[0], m[1], ok, err)
	}
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), filepath.VolumeName("/x"), filepath.ToSlash("a/b"))
	abs, err := filepath.Abs("x")
	fmt.Println("Abs:", filepath.IsAbs(abs), strings.HasSuffix(abs, "/x"), err)

	dir, _ := os.MkdirTemp("", "swiftgo-walk-")
	defer os.RemoveAll(dir)
	for _, p := range []string{"b/two.go", "a/one.txt", "a/deep/three.go", "skip/hidden.go", "z.go"} {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0755)
		os.WriteFile(full, []byte(p), 0644)
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("skip", rel)
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel, d.IsDir(), err)
		return nil
	})
	fmt.Println("WalkDir:", err)
	count := 0
	filepath.Walk(dir, func(p string, info fs.FileInfo, err error) error {
		if !info.IsDir() {
			count++
		}
		return nil
	})
	fmt.Println("Walk files:", count)
	err = filepath.WalkDir(filepath.Join(dir, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("callback error:", strings.ReplaceAll(err.Error(), dir, "$TMP"), d == nil)
		return err
	})
	fmt.Println("WalkDir missing:", strings.ReplaceAll(err.Error(), dir, "$TMP"))
	matches, err := filepath.Glob(filepath.Join(dir, "*", "*.go"))
	for _, m := range matches {
		r, _ := filepath.Rel(dir, m)
		fmt.Println("glob", r)
	}
	fmt.Println("Glob:", err)
	_, err = filepath.Glob("[")
	fmt.Println("Glob bad:", err)
	fsys := os.DirFS(dir)
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("fs.WalkDir", p)
		return nil
	})
	data, err := fs.ReadFile(fsys, "a/one.txt")
	fmt.Println("fs.ReadFile:", string(data), err)
}
