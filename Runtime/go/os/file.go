// Package os is swiftgo's overlay of Go's os: files as raw descriptors,
// the command line, the environment and Exit. The bodiless functions are
// implemented in C by Runtime/os.c under their Go names (os.write, ...).
// See Runtime/go/README.md for what is covered.
package os

import (
	"errors"
	"io"
)

// Portable analogs of some common system call errors (Go: io/fs).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// errno is a Linux error number (Go: syscall.Errno).
type errno uintptr

func (e errno) Error() string {
	switch e {
	case 1:
		return "operation not permitted"
	case 2:
		return "no such file or directory"
	case 4:
		return "interrupted system call"
	case 5:
		return "input/output error"
	case 9:
		return "bad file descriptor"
	case 11:
		return "resource temporarily unavailable"
	case 13:
		return "permission denied"
	case 17:
		return "file exists"
	case 21:
		return "is a directory"
	case 22:
		return "invalid argument"
	case 28:
		return "no space left on device"
	case 32:
		return "broken pipe"
	}
	return "errno " + itoa(int(e))
}

func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 1 || e == 13
	case ErrExist:
		return e == 17
	case ErrNotExist:
		return e == 2
	}
	return false
}

func itoa(v int) string {
	var b [20]byte
	i := len(b)
	neg := v < 0
	if neg {
		v = -v
	}
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Raw system calls (Runtime/os.c): the result, or a negative errno.
func write(fd int, p []byte) int
func read(fd int, p []byte) int
func closefd(fd int) int

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		r := write(f.fd, b[n:])
		if r == -4 {
			continue // EINTR
		}
		if r < 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: errno(-r)}
		}
		n += r
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Read reads up to len(b) bytes from the File; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		r := read(f.fd, b)
		if r == -4 {
			continue
		}
		if r < 0 {
			return 0, &PathError{Op: "read", Path: f.name, Err: errno(-r)}
		}
		if r == 0 {
			return 0, io.EOF
		}
		return r, nil
	}
}

// Close closes the File; it returns an error if it was already closed.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if r := closefd(f.fd); r < 0 {
		return &PathError{Op: "close", Path: f.name, Err: errno(-r)}
	}
	return nil
}
