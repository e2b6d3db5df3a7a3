// Package runtime is swiftgo's Go-visible runtime API. GOROOT's runtime is
// never compiled: these declarations are what Go code may call; the bodiless
// functions are implemented by the C/asm runtime in Runtime/ under Go's
// symbol names (runtime.GC, runtime.Gosched, ...).
package runtime

// Compiler is the name of the toolchain that built the binary.
const Compiler = "swiftgo"

// GC runs a garbage collection.
func GC()

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// GOMAXPROCS sets the maximum number of CPUs that can execute simultaneously
// and returns the previous setting; n < 1 does not change it.
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any)

// SetFinalizer sets the finalizer associated with obj.
func SetFinalizer(obj any, finalizer any)

// LockOSThread wires the calling goroutine to its current operating system thread.
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread()

// Goexit terminates the goroutine that calls it.
func Goexit()

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// GOROOT returns the root of the Go tree used at build time.
func GOROOT() string

// Version returns the Go tree's version string.
func Version() string

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills pc with the return program counters of function invocations
// on the calling goroutine's stack.
func Callers(skip int, pc []uintptr) int

// Stack formats a stack trace of the calling goroutine into buf.
func Stack(buf []byte, all bool) int
