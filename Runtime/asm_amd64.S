// asm_amd64.S: bootstrap and context switching. Go: runtime/asm_amd64.s.
//
// Everything here uses the SysV C ABI, because compiled Go and the runtime
// do. Unlike gc's ABI, that has callee-saved registers (rbx, rbp, r12-r15):
// mcall pushes them on the goroutine's stack and sets g.sched.pc to code
// that pops them, so gogo itself only restores sp, bp and the closure
// context (r10, LLVM's `nest` register) and jumps.
#include "runtime2.h"

// The C ABI's callee-saved registers besides rbp, for mcall, systemstack
// and entersyscall (asm_arm64.S has the same pair).
.macro PUSH_CALLEE_SAVED
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
.endm
.macro POP_CALLEE_SAVED
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
.endm

	.text

// rt0_go(argc in %edi, argv in %rsi): set up g0, m0 and TLS, then run the
// bootstrap sequence in Go's order. Never returns.
	.globl	runtime.rt0_go
	.type	runtime.rt0_go, @function
	.p2align 4
runtime.rt0_go:
	movl	%edi, %r12d		// argc, kept in callee-saved registers
	movq	%rsi, %r13		// argv
	andq	$-16, %rsp

	// The inittrace time base, before anything else.
	call	runtime.nanotime
	movq	%rax, runtime.runtimeInitTime(%rip)

	// g0 runs on the OS stack: [sp-64KiB, sp).
	leaq	runtime.g0(%rip), %rbx
	movq	%rsp, G_STACK_HI(%rbx)
	leaq	-G0_STACK_SIZE(%rsp), %rax
	movq	%rax, G_STACK_LO(%rbx)
	addq	$STACK_GUARD, %rax
	movq	%rax, G_STACKGUARD0(%rbx)
	movq	%rax, G_STACKGUARD1(%rbx)

	// Point %fs at m0.tls (settls, a function of its own: nothing may read
	// the thread pointer before it is set), then check it took effect.
	leaq	runtime.m0+M_TLS(%rip), %rdi
	call	runtime.settls
	movq	$0x123, %fs:TLS_G
	cmpq	$0x123, runtime.m0+M_TLS+TLS_G(%rip)
	jne	.Lbadtls

	// g = &g0; m0.g0 = &g0; g0.m = &m0.
	movq	%rbx, %fs:TLS_G
	leaq	runtime.m0(%rip), %rax
	movq	%rbx, M_G0(%rax)
	movq	%rax, G_M(%rbx)

	movl	%r12d, %edi
	movq	%r13, %rsi
	call	runtime.args
	call	runtime.osinit
	call	runtime.schedinit

	// The main goroutine, then this thread becomes m0's scheduler.
	leaq	runtime.mainPC(%rip), %rdi
	call	runtime.newproc
	call	runtime.mstart
	ud2
.Lbadtls:
	ud2
	.size	runtime.rt0_go, .-runtime.rt0_go

// mstart: record g0's scheduling stack pointer (every mcall restarts g0
// there, abandoning the frames below), then mstart0 → schedule.
	.globl	runtime.mstart
	.type	runtime.mstart, @function
	.p2align 4
runtime.mstart:
	movq	%fs:TLS_G, %rax
	andq	$-16, %rsp
	movq	%rsp, G_SCHED+GOBUF_SP(%rax)
	xorl	%ebp, %ebp
	call	runtime.mstart0
	ud2
	.size	runtime.mstart, .-runtime.mstart

// gogo(buf *gobuf): install buf.g as g, restore sp/bp/ctxt, jump to pc.
	.globl	runtime.gogo
	.type	runtime.gogo, @function
	.p2align 4
runtime.gogo:
	movq	GOBUF_G(%rdi), %rdx
	movq	%rdx, %fs:TLS_G
	movq	GOBUF_SP(%rdi), %rsp
	movq	GOBUF_BP(%rdi), %rbp
	movq	GOBUF_CTXT(%rdi), %r10
	movq	GOBUF_PC(%rdi), %rcx
	xorl	%eax, %eax		// clear the gobuf, as Go does (GC hygiene)
	movq	%rax, GOBUF_SP(%rdi)
	movq	%rax, GOBUF_RET(%rdi)
	movq	%rax, GOBUF_CTXT(%rdi)
	movq	%rax, GOBUF_BP(%rdi)
	// A new goroutine must not inherit the scheduler's callee-saved
	// registers: its first frame saves them, and the conservative stack
	// scan would take the stale pointers in them for live ones. (A resumed
	// goroutine pops its own at .Lmcall_resume.)
	xorl	%ebx, %ebx
	xorl	%r12d, %r12d
	xorl	%r13d, %r13d
	xorl	%r14d, %r14d
	xorl	%r15d, %r15d
	jmp	*%rcx
	.size	runtime.gogo, .-runtime.gogo

// mcall(fn func(*g)): save the caller's state in g.sched, switch to g0's
// stack and call fn(g). fn must not return; a later gogo(&g.sched)
// resumes at .Lmcall_resume, which returns from mcall to its caller.
	.globl	runtime.mcall
	.type	runtime.mcall, @function
	.p2align 4
runtime.mcall:
	pushq	%rbp
	PUSH_CALLEE_SAVED
	movq	%fs:TLS_G, %rax
	movq	%rsp, G_SCHED+GOBUF_SP(%rax)
	leaq	.Lmcall_resume(%rip), %rcx
	movq	%rcx, G_SCHED+GOBUF_PC(%rax)
	movq	%rax, G_SCHED+GOBUF_G(%rax)
	movq	%rbp, G_SCHED+GOBUF_BP(%rax)
	movq	G_M(%rax), %rcx
	movq	M_G0(%rcx), %rdx
	cmpq	%rdx, %rax
	je	.Lbadmcall
	movq	%rdx, %fs:TLS_G
	movq	G_SCHED+GOBUF_SP(%rdx), %rsp
	xorl	%ebp, %ebp
	movq	%rdi, %r11
	movq	%rax, %rdi
	call	*%r11
	movq	%r11, %rdi
	call	runtime.badmcall2
	ud2
.Lbadmcall:
	subq	$8, %rsp
	call	runtime.badmcall
	ud2
.Lmcall_resume:
	POP_CALLEE_SAVED
	popq	%rbp
	ret
	.size	runtime.mcall, .-runtime.mcall

// goexit: the return address of every goroutine's first frame. The NOP
// makes goexit+1 (the address newproc pushes) land on the CALL, so a
// traceback shows the frame inside goexit, as in Go.
	.globl	runtime.goexit
	.type	runtime.goexit, @function
	.p2align 4
runtime.goexit:
	.byte	0x90			// NOP
	call	runtime.goexit1
	ud2
	.size	runtime.goexit, .-runtime.goexit

// cputicks: the TSC (for the ticks rate; not serialising, as in Go).
	.globl	runtime.cputicks
	.type	runtime.cputicks, @function
	.p2align 4
runtime.cputicks:
	rdtsc
	shlq	$32, %rdx
	orq	%rdx, %rax
	ret
	.size	runtime.cputicks, .-runtime.cputicks

	.section .note.GNU-stack,"",@progbits

	.text
// setcheckpoint(buf *checkpoint) int: save the callee-saved registers, the
// stack pointer and the return address in buf; return 0. A later
// gotocheckpoint(buf) returns from this call a second time, with 1. A
// function that defers calls it once at entry (see panic.c): a recovered
// panic resumes there and the function returns normally.
	.globl	runtime.setcheckpoint
	.type	runtime.setcheckpoint, @function
	.p2align 4
runtime.setcheckpoint:
	movq	(%rsp), %rax		// return address
	leaq	8(%rsp), %rcx		// caller's sp after the return
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	movq	%rcx, 48(%rdi)
	movq	%rax, 56(%rdi)
	xorl	%eax, %eax
	ret
	.size	runtime.setcheckpoint, .-runtime.setcheckpoint

// gotocheckpoint(buf *checkpoint): resume at buf's setcheckpoint call, which
// then returns 1. The frames in between are abandoned.
	.globl	runtime.gotocheckpoint
	.type	runtime.gotocheckpoint, @function
	.p2align 4
runtime.gotocheckpoint:
	movq	0(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	48(%rdi), %rsp
	movl	$1, %eax
	jmpq	*56(%rdi)
	.size	runtime.gotocheckpoint, .-runtime.gotocheckpoint

// callClosure(fv *funcval): call a Go func value with no arguments, passing
// fv as the closure context in r10 (LLVM's `nest` register).
	.globl	runtime.callClosure
	.type	runtime.callClosure, @function
	.p2align 4
runtime.callClosure:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, %r10
	callq	*(%rdi)
	popq	%rbp
	ret
	.size	runtime.callClosure, .-runtime.callClosure

// callTimerFunc(fv *funcval, argtype, argdata, seq uintptr): call a timer's
// f(arg any, seq uintptr) (time.c). Go's convention: fv in r10, then the
// interface's two words and seq as the next integer arguments, so shift
// the arguments down by one and tail-jump.
	.globl	runtime.callTimerFunc
	.type	runtime.callTimerFunc, @function
	.p2align 4
runtime.callTimerFunc:
	movq	%rdi, %r10
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	jmpq	*(%r10)
	.size	runtime.callTimerFunc, .-runtime.callTimerFunc
// callClosure2(fv, a0, a1): call the Go func value fv with two word
// arguments (a pointer, or an interface's two words), fv in r10. Results
// are dropped. (runfinq, mfinal.c.)
	.globl	runtime.callClosure2
	.type	runtime.callClosure2, @function
	.p2align 4
runtime.callClosure2:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, %r10
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	callq	*(%r10)
	popq	%rbp
	ret
	.size	runtime.callClosure2, .-runtime.callClosure2

// systemstack(fn func(arg), arg): run fn(arg) on g0's stack, as Go's
// systemstack. On a goroutine, its callee-saved registers are pushed and its
// sp saved in g.sched.sp first, so that a collection running on g0 scans
// them; on g0 already, a plain tail call.
	.globl	runtime.systemstack
	.type	runtime.systemstack, @function
	.p2align 4
runtime.systemstack:
	movq	%fs:TLS_G, %rax
	movq	G_M(%rax), %rcx
	movq	M_G0(%rcx), %rdx
	cmpq	%rdx, %rax
	je	.Lsystemstack_direct
	pushq	%rbp
	movq	%rsp, %rbp
	PUSH_CALLEE_SAVED
	subq	$8, %rsp
	movq	%rsp, G_SCHED+GOBUF_SP(%rax)
	movq	%rax, %r12		// the goroutine, kept across the call
	movq	%rdx, %fs:TLS_G
	movq	G_SCHED+GOBUF_SP(%rdx), %rsp
	movq	%rdi, %rax
	movq	%rsi, %rdi
	callq	*%rax
	movq	%r12, %fs:TLS_G
	leaq	-40(%rbp), %rsp
	POP_CALLEE_SAVED
	popq	%rbp
	ret
.Lsystemstack_direct:
	movq	%rdi, %rax
	movq	%rsi, %rdi
	jmpq	*%rax
	.size	runtime.systemstack, .-runtime.systemstack

// switchstack(fn func(arg), arg, top *stktop): run fn(arg) with sp at top,
// the top of a new stack segment (16-byte aligned); the old sp goes into
// top.prevsp first (the GC scans the old segment from there). The frame
// pointer chain continues across the switch.
	.globl	runtime.switchstack
	.type	runtime.switchstack, @function
	.p2align 4
runtime.switchstack:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rsp, STKTOP_PREVSP(%rdx)
	movq	%rdx, %rsp
	movq	%rdi, %rax
	movq	%rsi, %rdi
	callq	*%rax
	movq	%rbp, %rsp
	popq	%rbp
	ret
	.size	runtime.switchstack, .-runtime.switchstack

// entersyscall (syscall.runtime_entersyscall): push the callee-saved
// registers, which may hold the only references to objects the caller
// still needs, below the caller's frame, and hand that sp to
// reentersyscall (proc.c): the GC scans a goroutine in a system call from
// there. RawSyscall6, next, pushes nothing over them.
	.text
	.globl	syscall.runtime_entersyscall
	.type	syscall.runtime_entersyscall, @function
	.p2align 4
syscall.runtime_entersyscall:
	pushq	%rbp
	movq	%rsp, %rbp
	PUSH_CALLEE_SAVED
	subq	$8, %rsp
	movq	%rsp, %rdi
	call	runtime.reentersyscall
	movq	%rbp, %rsp
	popq	%rbp
	ret
	.size	syscall.runtime_entersyscall, .-syscall.runtime_entersyscall
