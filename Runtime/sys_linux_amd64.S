// sys_linux_amd64.S: raw Linux system calls with Go's names.
// Go: runtime/sys_linux_amd64.s. SysV C ABI in, syscall ABI out (the 4th
// argument moves from rcx to r10). 32-bit arguments are widened explicitly:
// the C ABI leaves their upper halves undefined.
#include "runtime2.h"
	.text

#define SYS_write		1
#define SYS_mmap		9
#define SYS_munmap		11
#define SYS_madvise		28
#define SYS_arch_prctl		158
#define SYS_sched_getaffinity	204
#define SYS_clock_gettime	228
#define SYS_exit_group		231
#define SYS_futex		202
#define SYS_rt_sigaction	13
#define SYS_rt_sigreturn	15
#define SYS_sigaltstack		131
#define ARCH_SET_FS		0x1002
#define CLOCK_MONOTONIC		1

#define FUNC(name) .globl name; .type name, @function; .p2align 4; name:
#define END(name) .size name, .-name

// exit(code int32): exit_group, all threads.
FUNC(runtime.exit)
	movl	%edi, %edi
	movl	$SYS_exit_group, %eax
	syscall
	ud2
END(runtime.exit)

// write1(fd uintptr, p unsafe.Pointer, n int32) int32
FUNC(runtime.write1)
	movslq	%edx, %rdx
	movl	$SYS_write, %eax
	syscall
	ret
END(runtime.write1)

// mmap(addr, n, prot, flags int32, fd int32, off uint32): address or -errno.
FUNC(runtime.mmap)
	movl	%edx, %edx
	movl	%ecx, %r10d
	movslq	%r8d, %r8
	movl	%r9d, %r9d
	movl	$SYS_mmap, %eax
	syscall
	ret
END(runtime.mmap)

// munmap(addr, n) int32
FUNC(runtime.munmap)
	movl	$SYS_munmap, %eax
	syscall
	ret
END(runtime.munmap)

// madvise(addr, n, flags) int32: 0, or -errno.
FUNC(runtime.madvise)
	movl	$SYS_madvise, %eax
	syscall
	ret
END(runtime.madvise)

// sched_getaffinity(pid, len, buf) int32: bytes written, or -errno.
FUNC(runtime.sched_getaffinity)
	movl	$SYS_sched_getaffinity, %eax
	syscall
	ret
END(runtime.sched_getaffinity)

// nanotime1() int64: CLOCK_MONOTONIC in ns.
FUNC(runtime.nanotime1)
	subq	$24, %rsp
	movl	$CLOCK_MONOTONIC, %edi
	movq	%rsp, %rsi
	movl	$SYS_clock_gettime, %eax
	syscall
	movq	(%rsp), %rax		// tv_sec
	imulq	$1000000000, %rax
	addq	8(%rsp), %rax		// tv_nsec
	addq	$24, %rsp
	ret
END(runtime.nanotime1)

// clock_gettime(clock int32, ts *timespec) int32: for time.now (time.c).
FUNC(runtime.clock_gettime)
	movl	$SYS_clock_gettime, %eax
	syscall
	ret
END(runtime.clock_gettime)

// osyield: sched_yield, for a lock-free loop waiting on another M.
FUNC(runtime.osyield)
	movl	$24, %eax		// SYS_sched_yield
	syscall
	ret
END(runtime.osyield)

// settls(tp): TLS variant II wants tp[0] == tp (what %fs:0 loads), then
// arch_prctl(ARCH_SET_FS, tp). Crash if the kernel refuses.
FUNC(runtime.settls)
	movq	%rdi, (%rdi)
	movq	%rdi, %rsi
	movl	$ARCH_SET_FS, %edi
	movl	$SYS_arch_prctl, %eax
	syscall
	cmpq	$-4095, %rax
	jae	1f
	ret
1:	ud2
END(runtime.settls)

// clone(flags int32, stk, mp *m, gp *g, fn func()) int32: a new thread
// (Go: runtime.clone). mp, gp and fn go on the child's stack, which is all
// the child shares with this frame; the child points its thread pointer at
// mp.tls, installs gp (mp's g0) as g and calls fn, which never returns.
FUNC(runtime.clone)
	andq	$-16, %rsi
	subq	$32, %rsi
	movq	%rdx, 0(%rsi)		// mp
	movq	%rcx, 8(%rsi)		// gp
	movq	%r8, 16(%rsi)		// fn
	movslq	%edi, %rdi
	xorl	%edx, %edx
	xorl	%r10d, %r10d
	xorl	%r8d, %r8d
	movl	$56, %eax		// SYS_clone
	syscall
	testq	%rax, %rax
	jz	1f
	ret
1:	// The child, on its new stack (16-byte aligned).
	movq	0(%rsp), %r12
	movq	8(%rsp), %r13
	movq	16(%rsp), %r14
	leaq	M_TLS(%r12), %rdi
	call	runtime.settls
	movq	%r13, %fs:TLS_G
	movq	%r12, G_M(%r13)
	xorl	%ebp, %ebp
	call	*%r14
	movl	$111, %edi		// fn returned: end this thread
	movl	$60, %eax		// SYS_exit
	syscall
	ud2
END(runtime.clone)

// rt_sigprocmask(how int32, new, old *sigset, size int32) int32
FUNC(runtime.rt_sigprocmask)
	movslq	%edi, %rdi
	movq	%rcx, %r10
	movl	$14, %eax		// SYS_rt_sigprocmask
	syscall
	ret
END(runtime.rt_sigprocmask)

// gettid() int32
FUNC(runtime.gettid)
	movl	$186, %eax		// SYS_gettid
	syscall
	ret
END(runtime.gettid)

// usleep(usec uint32): nanosleep, for sysmon.
FUNC(runtime.usleep)
	subq	$24, %rsp
	movl	%edi, %eax
	xorl	%edx, %edx
	movl	$1000000, %ecx
	divl	%ecx
	movq	%rax, 0(%rsp)		// tv_sec
	imull	$1000, %edx, %edx
	movq	%rdx, 8(%rsp)		// tv_nsec
	movq	%rsp, %rdi
	xorl	%esi, %esi
	movl	$35, %eax		// SYS_nanosleep
	syscall
	addq	$24, %rsp
	ret
END(runtime.usleep)

// futex(addr, op int32, val uint32, ts, addr2, val3 uint32) int32
FUNC(runtime.futex)
	movslq	%esi, %rsi
	movl	%edx, %edx
	movq	%rcx, %r10
	movl	%r9d, %r9d
	movl	$SYS_futex, %eax
	syscall
	ret
END(runtime.futex)

// raise(sig uint32): send sig to the current thread (tgkill(getpid(), gettid(), sig)).
FUNC(runtime.raise)
	movl	%edi, %r8d
	movl	$39, %eax		// SYS_getpid
	syscall
	movl	%eax, %r9d
	movl	$186, %eax		// SYS_gettid
	syscall
	movl	%eax, %esi
	movl	%r9d, %edi
	movl	%r8d, %edx
	movl	$234, %eax		// SYS_tgkill
	syscall
	ret
END(runtime.raise)

// syscall.gettimeofday(tv *Timeval) (err Errno): amd64 only, as in gc.
FUNC(syscall.gettimeofday)
	xorl	%esi, %esi
	movl	$96, %eax		// SYS_gettimeofday
	syscall
	cmpq	$-4095, %rax
	jae	1f
	xorl	%eax, %eax
	ret
1:	negq	%rax
	ret
END(syscall.gettimeofday)

// rt_sigaction(sig uintptr, new, old *sigactiont, size uintptr) int32
FUNC(runtime.rt_sigaction)
	movq	%rcx, %r10
	movl	$SYS_rt_sigaction, %eax
	syscall
	ret
END(runtime.rt_sigaction)

// sigaltstack(new, old *stackt) int32
FUNC(runtime.sigaltstack)
	movl	$SYS_sigaltstack, %eax
	syscall
	ret
END(runtime.sigaltstack)

// sigreturn: the sa_restorer of every handler (x86-64 requires one): the
// handler returns here and rt_sigreturn restores the interrupted context.
FUNC(runtime.sigreturn)
	movl	$SYS_rt_sigreturn, %eax
	syscall
	ud2
END(runtime.sigreturn)

// Package syscall's entry points (Go: syscall/asm_linux_amd64.s). These are
// called with the Go convention the compiler uses, not the C one: the
// closure context arrives in r10 (unused here, so free for the 4th syscall
// argument), and a multi-word result is returned in rax, rdx, rcx (LLVM's
// lowering of a returned {i64, i64, i64}), which C cannot express.

// syscall.RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)
// A failed call (-4095..-1) gives r1 = -1, r2 = 0, err = errno, as in gc.
FUNC(syscall.RawSyscall6)
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	%r8, %r10
	movq	%r9, %r8
	movq	8(%rsp), %r9
	syscall
	cmpq	$-4095, %rax
	jae	1f
	xorl	%ecx, %ecx
	ret
1:	negq	%rax
	movq	%rax, %rcx
	movq	$-1, %rax
	xorl	%edx, %edx
	ret
END(syscall.RawSyscall6)

// syscall.rawSyscallNoError(trap, a1, a2, a3 uintptr) (r1, r2 uintptr)
FUNC(syscall.rawSyscallNoError)
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	syscall
	ret
END(syscall.rawSyscallNoError)

// os.runtime_args() []string: the command line runtime.args collected
// (Go: runtime.os_runtime_args), returned as {ptr, len, cap} in rax, rdx, rcx.
FUNC(os.runtime_args)
	movq	runtime.argslice(%rip), %rax
	movq	runtime.argslice+8(%rip), %rdx
	movq	runtime.argslice+16(%rip), %rcx
	ret
END(os.runtime_args)

	.section .note.GNU-stack,"",@progbits
