// sys_linux_arm64.S: raw Linux system calls with Go's names.
// Go: runtime/sys_linux_arm64.s. AAPCS64 in, `svc #0` with the number in
// x8. 32-bit arguments are widened explicitly: the C ABI leaves the upper
// halves of their registers undefined.
#include "runtime2.h"
	.text

#define SYS_sched_getaffinity	123
#define SYS_write		64
#define SYS_exit_group		94
#define SYS_futex		98
#define SYS_clock_gettime	113
#define SYS_munmap		215
#define SYS_madvise		233
#define SYS_mmap		222
#define CLOCK_MONOTONIC		1

#define FUNC(name) .globl name; .type name, %function; .p2align 2; name:
#define END(name) .size name, .-name

// exit(code int32): exit_group, all threads.
FUNC(runtime.exit)
	mov	w0, w0
	mov	x8, #SYS_exit_group
	svc	#0
	brk	#0
END(runtime.exit)

// write1(fd uintptr, p unsafe.Pointer, n int32) int32
FUNC(runtime.write1)
	sxtw	x2, w2
	mov	x8, #SYS_write
	svc	#0
	ret
END(runtime.write1)

// mmap(addr, n, prot, flags int32, fd int32, off uint32): address or -errno.
FUNC(runtime.mmap)
	mov	w2, w2
	mov	w3, w3
	sxtw	x4, w4
	mov	w5, w5
	mov	x8, #SYS_mmap
	svc	#0
	ret
END(runtime.mmap)

// munmap(addr, n) int32
FUNC(runtime.munmap)
	mov	x8, #SYS_munmap
	svc	#0
	ret
END(runtime.munmap)

// madvise(addr, n, flags) int32: 0, or -errno.
FUNC(runtime.madvise)
	mov	x8, #SYS_madvise
	svc	#0
	ret
END(runtime.madvise)

// sched_getaffinity(pid, len, buf) int32: bytes written, or -errno.
FUNC(runtime.sched_getaffinity)
	mov	x8, #SYS_sched_getaffinity
	svc	#0
	ret
END(runtime.sched_getaffinity)

// nanotime1() int64: CLOCK_MONOTONIC in ns.
FUNC(runtime.nanotime1)
	sub	sp, sp, #16
	mov	x0, #CLOCK_MONOTONIC
	mov	x1, sp
	mov	x8, #SYS_clock_gettime
	svc	#0
	ldp	x0, x1, [sp]		// tv_sec, tv_nsec
	movz	x2, #0xca00
	movk	x2, #0x3b9a, lsl #16	// 1e9
	madd	x0, x0, x2, x1
	add	sp, sp, #16
	ret
END(runtime.nanotime1)

// clock_gettime(clock int32, ts *timespec) int32: for time.now (time.c).
FUNC(runtime.clock_gettime)
	mov	x8, #SYS_clock_gettime
	svc	#0
	ret
END(runtime.clock_gettime)

// osyield: sched_yield, for a lock-free loop waiting on another M.
FUNC(runtime.osyield)
	mov	x8, #124		// SYS_sched_yield
	svc	#0
	ret
END(runtime.osyield)

// settls(tp): TLS variant I; tp points at the 16-byte TCB (m.tls[0..1]).
FUNC(runtime.settls)
	msr	tpidr_el0, x0
	ret
END(runtime.settls)

// clone(flags int32, stk, mp *m, gp *g, fn func()) int32: a new thread
// (Go: runtime.clone). mp, gp and fn go on the child's stack, which is all
// the child shares with this frame; the child points its thread pointer at
// mp.tls, installs gp (mp's g0) as g and calls fn, which never returns.
FUNC(runtime.clone)
	and	x1, x1, #~15
	sub	x1, x1, #32
	stp	x2, x3, [x1, #0]	// mp, gp
	str	x4, [x1, #16]		// fn
	sxtw	x0, w0
	mov	x2, xzr
	mov	x3, xzr
	mov	x4, xzr
	mov	x8, #220		// SYS_clone
	svc	#0
	cbz	x0, 1f
	ret
1:	// The child, on its new stack.
	ldp	x19, x20, [sp, #0]
	ldr	x21, [sp, #16]
	add	x0, x19, #M_TLS
	msr	tpidr_el0, x0
	str	x20, [x0, #TLS_G]
	str	x19, [x20, #G_M]
	mov	x29, xzr
	mov	x30, xzr
	blr	x21
	mov	w0, #111		// fn returned: end this thread
	mov	x8, #93			// SYS_exit
	svc	#0
	brk	#0
END(runtime.clone)

// rt_sigprocmask(how int32, new, old *sigset, size int32) int32
FUNC(runtime.rt_sigprocmask)
	sxtw	x0, w0
	sxtw	x3, w3
	mov	x8, #135		// SYS_rt_sigprocmask
	svc	#0
	ret
END(runtime.rt_sigprocmask)

// gettid() int32
FUNC(runtime.gettid)
	mov	x8, #178		// SYS_gettid
	svc	#0
	ret
END(runtime.gettid)

// usleep(usec uint32): nanosleep, for sysmon.
FUNC(runtime.usleep)
	sub	sp, sp, #16
	mov	w1, w0
	mov	w2, #16960
	movk	w2, #15, lsl #16	// 1000000
	udiv	w3, w1, w2
	msub	w4, w3, w2, w1
	mov	w5, #1000
	mul	w4, w4, w5
	stp	x3, x4, [sp]
	mov	x0, sp
	mov	x1, xzr
	mov	x8, #101		// SYS_nanosleep
	svc	#0
	add	sp, sp, #16
	ret
END(runtime.usleep)

// futex(addr, op int32, val uint32, ts, addr2, val3 uint32) int32
FUNC(runtime.futex)
	sxtw	x1, w1
	mov	w2, w2
	mov	w5, w5
	mov	x8, #SYS_futex
	svc	#0
	ret
END(runtime.futex)

// raise(sig uint32): send sig to the current thread (tgkill(getpid(), gettid(), sig)).
FUNC(runtime.raise)
	mov	w9, w0
	mov	x8, #172		// SYS_getpid
	svc	#0
	mov	x10, x0
	mov	x8, #178		// SYS_gettid
	svc	#0
	mov	x1, x0
	mov	x0, x10
	mov	w2, w9
	mov	x8, #131		// SYS_tgkill
	svc	#0
	ret
END(runtime.raise)

// rt_sigaction(sig uintptr, new, old *sigactiont, size uintptr) int32
FUNC(runtime.rt_sigaction)
	mov	x8, #134		// SYS_rt_sigaction
	svc	#0
	ret
END(runtime.rt_sigaction)

// sigaltstack(new, old *stackt) int32
FUNC(runtime.sigaltstack)
	mov	x8, #132		// SYS_sigaltstack
	svc	#0
	ret
END(runtime.sigaltstack)

// sigreturn: every handler's sa_restorer, as Go sets it on arm64 too.
FUNC(runtime.sigreturn)
	mov	x8, #139		// SYS_rt_sigreturn
	svc	#0
	brk	#0
END(runtime.sigreturn)

// Package syscall's entry points (Go: syscall/asm_linux_arm64.s). These are
// called with the Go convention the compiler uses, not the C one: the
// closure context arrives in x18 (unused here), and a multi-word result is
// returned in x0, x1, x2 (LLVM's lowering of a returned {i64, i64, i64}).

// syscall.RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)
// A failed call (-4095..-1) gives r1 = -1, r2 = 0, err = errno, as in gc.
FUNC(syscall.RawSyscall6)
	mov	x8, x0
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	mov	x3, x4
	mov	x4, x5
	mov	x5, x6
	svc	#0
	cmn	x0, #4095
	b.cs	1f
	mov	x2, #0
	ret
1:	neg	x2, x0
	mov	x0, #-1
	mov	x1, #0
	ret
END(syscall.RawSyscall6)

// syscall.rawSyscallNoError(trap, a1, a2, a3 uintptr) (r1, r2 uintptr)
FUNC(syscall.rawSyscallNoError)
	mov	x8, x0
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	svc	#0
	mov	x1, #0
	ret
END(syscall.rawSyscallNoError)

// os.runtime_args() []string: the command line runtime.args collected
// (Go: runtime.os_runtime_args), returned as {ptr, len, cap} in x0, x1, x2.
FUNC(os.runtime_args)
	adrp	x3, runtime.argslice
	add	x3, x3, :lo12:runtime.argslice
	ldp	x0, x1, [x3]
	ldr	x2, [x3, #16]
	ret
END(os.runtime_args)

	.section .note.GNU-stack,"",@progbits
