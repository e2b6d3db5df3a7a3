package runtime

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// CallersFrames takes a slice of PC values returned by Callers and prepares
// to return function/file/line information.
func CallersFrames(callers []uintptr) *Frames { return &Frames{callers: callers} }

// Next returns a Frame representing the next call frame in the slice of PC values.
func (ci *Frames) Next() (frame Frame, more bool)

// A Func represents a Go function in the running binary.
type Func struct {
	opaque struct{}
}

// FuncForPC returns a *Func describing the function that contains the given
// program counter address, or else nil.
func FuncForPC(pc uintptr) *Func

// Name returns the name of the function.
func (f *Func) Name() string

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int)
