package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type tempErr interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

var ErrBase = errors.New("base failure")

type isErr struct{}

func (isErr) Error() string        { return "isErr" }
func (isErr) Is(target error) bool { return target == io.EOF }

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2 (%d): %w", 2, e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, io.EOF), errors.Unwrap(e2) == e1, errors.Unwrap(ErrBase) == nil)
	me := fmt.Errorf("ctx: %w", &MyErr{42})
	var target *MyErr
	fmt.Println(errors.As(me, &target), target.Code)
	var te tempErr
	ne := fmt.Errorf("wrapped: %w", netErr{"timeout"})
	fmt.Println(errors.As(ne, &te), te.Temporary())
	fmt.Println(errors.As(e2, &target))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", isErr{}), io.EOF))
	noWrap := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(noWrap, errors.Is(noWrap, ErrBase), errors.Unwrap(noWrap))
	pe := &fs.PathError{Op: "open", Path: "/nope", Err: fs.ErrNotExist}
	fmt.Println(pe, errors.Is(pe, fs.ErrNotExist))
	fmt.Println(fmt.Errorf("bad %w %w", ErrBase, io.EOF))
	fmt.Println(fmt.Errorf("nil %w", nil))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var bad *MyErr
	errors.As(e2, bad)
}
