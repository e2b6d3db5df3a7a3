// os files over GOROOT's os: create, write, read, seek, ReadAt/WriteAt, Stat, Truncate, Rename,
// Remove, directories, and gc's *PathError messages (the temp dir printed as $TMP).
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var dir string

func show(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "$TMP")
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "swiftgo-os-")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println("temp dir prefix ok:", strings.HasPrefix(filepath.Base(dir), "swiftgo-os-"))

	name := filepath.Join(dir, "a.txt")
	f, err := os.Create(name)
	fmt.Println("create:", show(err), filepath.Base(f.Name()))
	n, err := f.Write([]byte("hello, "))
	fmt.Println("write:", n, show(err))
	n, err = f.WriteString("world\n")
	fmt.Println("writestring:", n, show(err))
	n, err = f.WriteAt([]byte("HELLO"), 0)
	fmt.Println("writeat:", n, show(err))
	fmt.Println("sync:", show(f.Sync()))
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println("seek:", off, show(err))
	buf := make([]byte, 64)
	n, err = f.Read(buf)
	fmt.Printf("read: %d %q %v\n", n, buf[:n], show(err))
	n, err = f.Read(buf)
	fmt.Println("read at end:", n, err == io.EOF, show(err))
	n, err = f.ReadAt(buf[:5], 7)
	fmt.Printf("readat: %d %q %v\n", n, buf[:n], show(err))
	n, err = f.ReadAt(buf, 7)
	fmt.Printf("readat short: %d %q %v\n", n, buf[:n], show(err))
	off, err = f.Seek(-3, io.SeekEnd)
	fmt.Println("seek end:", off, show(err))
	fi, err := f.Stat()
	fmt.Println("fstat:", fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), show(err))
	fmt.Println("truncate:", show(f.Truncate(5)))
	fi, _ = f.Stat()
	fmt.Println("size after truncate:", fi.Size())
	fmt.Println("fd ok:", f.Fd() > 2)
	fmt.Println("close:", show(f.Close()))
	fmt.Println("close again:", show(f.Close()))
	_, err = f.Write([]byte("x"))
	fmt.Println("write after close:", show(err), errors.Is(err, os.ErrClosed))
	_, err = f.Read(buf)
	fmt.Println("read after close:", show(err))

	b, err := os.ReadFile(name)
	fmt.Printf("ReadFile: %q %v\n", b, show(err))
	fmt.Println("WriteFile:", show(os.WriteFile(name, []byte("line 1\nline 2\n"), 0600)))
	b, _ = os.ReadFile(name)
	fmt.Printf("ReadFile again: %q\n", b)
	fi, err = os.Stat(name)
	fmt.Println("stat:", fi.Name(), fi.Size(), fi.Mode(), fi.Mode().Perm(), show(err))
	fmt.Println("modtime set:", !fi.ModTime().IsZero())

	// OpenFile flags.
	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println("open append:", show(err))
	f.WriteString("line 3\n")
	f.Close()
	b, _ = os.ReadFile(name)
	fmt.Printf("after append: %q\n", b)
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println("O_EXCL:", show(err), os.IsExist(err), errors.Is(err, fs.ErrExist))
	f, err = os.OpenFile(filepath.Join(dir, "b.txt"), os.O_CREATE|os.O_RDWR|os.O_TRUNC, 0640)
	fmt.Println("create 0640:", show(err))
	fi, _ = f.Stat()
	fmt.Println("perm:", fi.Mode().Perm()&0700)
	f.Close()
	f, _ = os.Open(name)
	_, err = f.Write([]byte("x"))
	fmt.Println("write to read-only:", show(err))
	f.Close()

	// Errors.
	_, err = os.Open("/nonexistent")
	fmt.Println(err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("PathError:", pe.Op, pe.Path, pe.Err)
	}
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println("stat missing:", show(err))
	_, err = os.Lstat(filepath.Join(dir, "missing"))
	fmt.Println("lstat missing:", show(err))
	_, err = os.ReadFile(dir)
	fmt.Println("ReadFile dir:", show(err))
	fmt.Println("remove missing:", show(os.Remove(filepath.Join(dir, "missing"))))

	// Rename, Remove.
	newName := filepath.Join(dir, "renamed.txt")
	fmt.Println("rename:", show(os.Rename(name, newName)))
	_, err = os.Stat(name)
	fmt.Println("old gone:", os.IsNotExist(err))
	fmt.Println("rename missing:", show(os.Rename(name, newName)))
	fmt.Println("remove:", show(os.Remove(newName)))

	// Directories.
	sub := filepath.Join(dir, "sub")
	fmt.Println("mkdir:", show(os.Mkdir(sub, 0755)))
	err = os.Mkdir(sub, 0755)
	fmt.Println("mkdir again:", show(err), os.IsExist(err))
	fmt.Println("mkdirall:", show(os.MkdirAll(filepath.Join(sub, "x", "y", "z"), 0755)))
	fmt.Println("mkdirall existing:", show(os.MkdirAll(filepath.Join(sub, "x"), 0755)))
	for _, n := range []string{"c", "a", "b"} {
		os.WriteFile(filepath.Join(sub, n+".txt"), []byte(n), 0644)
	}
	fi, _ = os.Stat(sub)
	fmt.Println("dir stat:", fi.Name(), fi.IsDir(), fi.Mode())
	entries, err := os.ReadDir(sub)
	fmt.Println("ReadDir:", show(err))
	for _, e := range entries {
		info, _ := e.Info()
		size := info.Size()
		if e.IsDir() {
			size = -1 // file-system dependent
		}
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type(), info.Mode(), size)
	}
	d, _ := os.Open(sub)
	names, err := d.Readdirnames(-1)
	fmt.Println("Readdirnames count:", len(names), show(err))
	d.Close()
	d, _ = os.Open(sub)
	des, err := d.ReadDir(2)
	fmt.Println("File.ReadDir(2):", len(des), show(err))
	des, err = d.ReadDir(10)
	fmt.Println("File.ReadDir(10):", len(des), show(err))
	des, err = d.ReadDir(10)
	fmt.Println("File.ReadDir at end:", len(des), show(err))
	d.Close()
	fmt.Println("remove non-empty:", show(os.Remove(sub)))
	fmt.Println("removeall:", show(os.RemoveAll(sub)))
	_, err = os.Stat(sub)
	fmt.Println("sub gone:", os.IsNotExist(err))
	fmt.Println("removeall missing:", show(os.RemoveAll(sub)))
	_, err = os.ReadDir(sub)
	fmt.Println("ReadDir missing:", show(err))

	// CreateTemp.
	tf, err := os.CreateTemp(dir, "tmp-*.dat")
	base := filepath.Base(tf.Name())
	fmt.Println("CreateTemp:", show(err), strings.HasPrefix(base, "tmp-"), strings.HasSuffix(base, ".dat"))
	tf.Close()
	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println("CreateTemp bad:", show(err))
	_, err = os.CreateTemp(filepath.Join(dir, "nodir"), "x")
	pe = nil
	errors.As(err, &pe)
	fmt.Println("CreateTemp missing dir:", pe.Op, pe.Err, strings.HasPrefix(pe.Path, filepath.Join(dir, "nodir", "x")))
}
