// os.c: the system side of package os's overlay (Runtime/go/os): raw
// read/write/close, the command line, the environment, exit. Results are
// the syscall's: a count, or a negative errno.
#include "runtime.h"

extern GoSlice argslice GO_SYM("runtime.argslice");
extern GoSlice envs GO_SYM("runtime.envs");

static go_int syscall3(go_int n, go_int a, go_int b, go_int c) {
#if defined(__x86_64__)
    go_int r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
#elif defined(__aarch64__)
    register go_int x8 __asm__("x8") = n;
    register go_int x0 __asm__("x0") = a;
    register go_int x1 __asm__("x1") = b;
    register go_int x2 __asm__("x2") = c;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
    return x0;
#endif
}

#if defined(__x86_64__)
enum { SYS_read = 0, SYS_write = 1, SYS_close = 3, SYS_getpid = 39 };
#else
enum { SYS_read = 63, SYS_write = 64, SYS_close = 57, SYS_getpid = 172 };
#endif

go_int os_write(go_int fd, const uint8_t *p, go_int n, go_int cap) GO_SYM("os.write");
go_int os_write(go_int fd, const uint8_t *p, go_int n, go_int cap) {
    return syscall3(SYS_write, fd, (go_int)p, n);
}

go_int os_read(go_int fd, uint8_t *p, go_int n, go_int cap) GO_SYM("os.read");
go_int os_read(go_int fd, uint8_t *p, go_int n, go_int cap) {
    return syscall3(SYS_read, fd, (go_int)p, n);
}

go_int os_closefd(go_int fd) GO_SYM("os.closefd");
go_int os_closefd(go_int fd) { return syscall3(SYS_close, fd, 0, 0); }

go_int os_getpid(void) GO_SYM("os.Getpid");
go_int os_getpid(void) { return syscall3(SYS_getpid, 0, 0, 0); }

go_int os_argc(void) GO_SYM("os.argc");
go_int os_argc(void) { return argslice.len; }

GoString os_argv(go_int i) GO_SYM("os.argv");
GoString os_argv(go_int i) { return ((GoString *)argslice.array)[i]; }

go_int os_envc(void) GO_SYM("os.envc");
go_int os_envc(void) { return envs.len; }

GoString os_envAt(go_int i) GO_SYM("os.envAt");
GoString os_envAt(go_int i) { return ((GoString *)envs.array)[i]; }

GO_NORETURN void os_Exit(go_int code) GO_SYM("os.Exit");
void os_Exit(go_int code) { exit_((int32_t)code); }

// runtime.GOMAXPROCS (Runtime/go/runtime/extern.go), needed by sync.Pool:
// one M runs every goroutine, so a new setting is ignored.
// (Belongs in proc.c; here until its owner moves it.)
go_int runtime_GOMAXPROCS(go_int n) GO_SYM("runtime.GOMAXPROCS");
go_int runtime_GOMAXPROCS(go_int n) {
    return gomaxprocs;
}
