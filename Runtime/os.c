// os.c: what packages syscall and os reach in the runtime. Both packages
// are Go 1.19's own source; gc's runtime provides these functions by
// //go:linkname (Go: runtime/proc.go syscall_runtime_*, runtime1.go
// os_runtime_args, env_posix.go, signal_unix.go os_sigpipe). The raw
// system call itself, syscall.RawSyscall6, and os.runtime_args (a slice
// result, which C cannot return in the compiler's convention) are in
// sys_linux_<arch>.S.
#include "runtime.h"

// entersyscall/exitsyscall bracket a system call that may block: see
// proc.c (reentersyscall, exitsyscall) and the entersyscall stub in
// asm_<arch>.S.

go_int syscall_Getpagesize(void) GO_SYM("syscall.Getpagesize");
go_int syscall_Getpagesize(void) { return (go_int)physPageSize; }

GO_NORETURN void syscall_Exit(go_int code) GO_SYM("syscall.Exit");
void syscall_Exit(go_int code) { exit_((int32_t)code); }

// setenv_c/unsetenv_c tell C's environment about os.Setenv; without cgo
// there is none (gc: no-ops unless cgo is loaded).
void syscall_setenv_c(GoString k, GoString v) GO_SYM("syscall.setenv_c");
void syscall_setenv_c(GoString k, GoString v) {}

void syscall_unsetenv_c(GoString k) GO_SYM("syscall.unsetenv_c");
void syscall_unsetenv_c(GoString k) {}

// os.runtime_beforeExit: gc flushes the race detector here; nothing to do.
void os_runtime_beforeExit(void) GO_SYM("os.runtime_beforeExit");
void os_runtime_beforeExit(void) {}

// os.fastrand: for CreateTemp/MkdirTemp's random names.
uint32_t os_fastrand(void) GO_SYM("os.fastrand");
uint32_t os_fastrand(void) { return fastrand(); }

// os.sigpipe: a write to stdout or stderr failed with EPIPE. Go then dies
// of SIGPIPE, even if SIGPIPE was ignored when the program started.
void os_sigpipe(void) GO_SYM("os.sigpipe");
void os_sigpipe(void) { dieFromSignal(13 /* SIGPIPE */); }
