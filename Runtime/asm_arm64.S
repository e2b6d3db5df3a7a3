// asm_arm64.S: bootstrap and context switching. Go: runtime/asm_arm64.s.
//
// Everything here uses the AAPCS64 C ABI, because compiled Go and the
// runtime do. Unlike gc's ABI, that has callee-saved registers (x19-x29,
// d8-d15): mcall saves them on the goroutine's stack and sets g.sched.pc to
// code that restores them, so gogo itself only restores sp, fp, lr and the
// closure context (x18, LLVM's `nest` register on AArch64) and jumps.
// g is not pinned in a register (gc uses x28); it is read from TLS.
#include "runtime2.h"

#define FUNC(name) .globl name; .type name, %function; .p2align 2; name:
#define END(name) .size name, .-name

// The C ABI's callee-saved registers (x19-x29, lr, d8-d15) in a 160-byte
// block at sp, for mcall and systemstack.
.macro SAVE_CALLEE_SAVED
	sub	sp, sp, #160
	stp	x19, x20, [sp, #0]
	stp	x21, x22, [sp, #16]
	stp	x23, x24, [sp, #32]
	stp	x25, x26, [sp, #48]
	stp	x27, x28, [sp, #64]
	stp	x29, x30, [sp, #80]
	stp	d8, d9, [sp, #96]
	stp	d10, d11, [sp, #112]
	stp	d12, d13, [sp, #128]
	stp	d14, d15, [sp, #144]
.endm
.macro RESTORE_CALLEE_SAVED
	ldp	x19, x20, [sp, #0]
	ldp	x21, x22, [sp, #16]
	ldp	x23, x24, [sp, #32]
	ldp	x25, x26, [sp, #48]
	ldp	x27, x28, [sp, #64]
	ldp	x29, x30, [sp, #80]
	ldp	d8, d9, [sp, #96]
	ldp	d10, d11, [sp, #112]
	ldp	d12, d13, [sp, #128]
	ldp	d14, d15, [sp, #144]
	add	sp, sp, #160
.endm

	.text

// rt0_go(argc in w0, argv in x1): set up g0, m0 and TLS, then run the
// bootstrap sequence in Go's order. Never returns.
FUNC(runtime.rt0_go)
	mov	w19, w0			// argc, kept in callee-saved registers
	mov	x20, x1			// argv

	// The inittrace time base, before anything else.
	bl	runtime.nanotime
	adrp	x1, runtime.runtimeInitTime
	str	x0, [x1, :lo12:runtime.runtimeInitTime]

	// g0 runs on the OS stack: [sp-64KiB, sp).
	adrp	x21, runtime.g0
	add	x21, x21, :lo12:runtime.g0
	mov	x2, sp
	str	x2, [x21, #G_STACK_HI]
	mov	x4, #G0_STACK_SIZE
	sub	x3, x2, x4
	str	x3, [x21, #G_STACK_LO]
	add	x3, x3, #STACK_GUARD
	str	x3, [x21, #G_STACKGUARD0]
	str	x3, [x21, #G_STACKGUARD1]

	// tpidr_el0 = &m0.tls (settls, a function of its own: LLVM may read the
	// thread pointer early in a function), then check it took effect.
	adrp	x22, runtime.m0
	add	x22, x22, :lo12:runtime.m0
	add	x0, x22, #M_TLS
	bl	runtime.settls
	mrs	x0, tpidr_el0
	mov	x1, #0x123
	str	x1, [x0, #TLS_G]
	ldr	x2, [x22, #(M_TLS+TLS_G)]
	cmp	x2, x1
	b.ne	.Lbadtls

	// g = &g0; m0.g0 = &g0; g0.m = &m0.
	str	x21, [x0, #TLS_G]
	str	x21, [x22, #M_G0]
	str	x22, [x21, #G_M]

	mov	w0, w19
	mov	x1, x20
	bl	runtime.args
	bl	runtime.osinit
	bl	runtime.schedinit

	// The main goroutine, then this thread becomes m0's scheduler.
	adrp	x0, runtime.mainPC
	add	x0, x0, :lo12:runtime.mainPC
	bl	runtime.newproc
	bl	runtime.mstart
	brk	#0
.Lbadtls:
	brk	#1
END(runtime.rt0_go)

// mstart: record g0's scheduling stack pointer (every mcall restarts g0
// there, abandoning the frames below), then mstart0 → schedule.
FUNC(runtime.mstart)
	mrs	x0, tpidr_el0
	ldr	x0, [x0, #TLS_G]
	mov	x1, sp
	and	x1, x1, #~15
	mov	sp, x1
	str	x1, [x0, #(G_SCHED+GOBUF_SP)]
	mov	x29, #0
	bl	runtime.mstart0
	brk	#0
END(runtime.mstart)

// gogo(buf *gobuf): install buf.g as g, restore sp/fp/lr/ctxt, jump to pc.
FUNC(runtime.gogo)
	ldr	x1, [x0, #GOBUF_G]
	mrs	x2, tpidr_el0
	str	x1, [x2, #TLS_G]
	ldr	x2, [x0, #GOBUF_SP]
	mov	sp, x2
	ldr	x29, [x0, #GOBUF_BP]
	ldr	x30, [x0, #GOBUF_LR]
	ldr	x18, [x0, #GOBUF_CTXT]
	ldr	x3, [x0, #GOBUF_PC]
	str	xzr, [x0, #GOBUF_SP]	// clear the gobuf, as Go does (GC hygiene)
	str	xzr, [x0, #GOBUF_RET]
	str	xzr, [x0, #GOBUF_CTXT]
	str	xzr, [x0, #GOBUF_BP]
	str	xzr, [x0, #GOBUF_LR]
	// A new goroutine must not inherit the scheduler's callee-saved
	// registers: its first frame saves them, and the conservative stack
	// scan would take the stale pointers in them for live ones. (A resumed
	// goroutine restores its own after mcall.)
	mov	x19, xzr
	mov	x20, xzr
	mov	x21, xzr
	mov	x22, xzr
	mov	x23, xzr
	mov	x24, xzr
	mov	x25, xzr
	mov	x26, xzr
	mov	x27, xzr
	mov	x28, xzr
	br	x3
END(runtime.gogo)

// mcall(fn func(*g)): save the caller's state in g.sched, switch to g0's
// stack and call fn(g). fn must not return; a later gogo(&g.sched)
// resumes at .Lmcall_resume, which returns from mcall to its caller.
FUNC(runtime.mcall)
	SAVE_CALLEE_SAVED
	mrs	x3, tpidr_el0
	ldr	x1, [x3, #TLS_G]		// g
	mov	x2, sp
	str	x2, [x1, #(G_SCHED+GOBUF_SP)]
	adr	x2, .Lmcall_resume
	str	x2, [x1, #(G_SCHED+GOBUF_PC)]
	str	x1, [x1, #(G_SCHED+GOBUF_G)]
	str	x29, [x1, #(G_SCHED+GOBUF_BP)]
	str	xzr, [x1, #(G_SCHED+GOBUF_LR)]
	ldr	x2, [x1, #G_M]
	ldr	x4, [x2, #M_G0]
	cmp	x4, x1
	b.eq	.Lbadmcall
	str	x4, [x3, #TLS_G]		// g = g0
	ldr	x2, [x4, #(G_SCHED+GOBUF_SP)]
	mov	sp, x2
	mov	x29, #0
	mov	x5, x0
	mov	x0, x1
	blr	x5
	bl	runtime.badmcall2
	brk	#0
.Lbadmcall:
	bl	runtime.badmcall
	brk	#0
.Lmcall_resume:
	RESTORE_CALLEE_SAVED
	ret
END(runtime.mcall)

// goexit: the return address (lr) of every goroutine's first frame. The NOP
// makes goexit+4 (what newproc puts in lr) land on the BL, as in Go.
FUNC(runtime.goexit)
	nop
	bl	runtime.goexit1
	brk	#0
END(runtime.goexit)

// cputicks: the virtual counter (for the ticks rate).
FUNC(runtime.cputicks)
	mrs	x0, cntvct_el0
	ret
END(runtime.cputicks)

	.section .note.GNU-stack,"",@progbits

	.text
// setcheckpoint(buf *checkpoint) int: save the callee-saved registers
// (x19-x29, d8-d15), sp and the return address (lr) in buf; return 0. A
// later gotocheckpoint(buf) returns from this call a second time, with 1.
// A function that defers calls it once at entry (see panic.c).
FUNC(runtime.setcheckpoint)
	stp	x19, x20, [x0, #0]
	stp	x21, x22, [x0, #16]
	stp	x23, x24, [x0, #32]
	stp	x25, x26, [x0, #48]
	stp	x27, x28, [x0, #64]
	stp	x29, x30, [x0, #80]
	mov	x1, sp
	str	x1, [x0, #96]
	stp	d8, d9, [x0, #104]
	stp	d10, d11, [x0, #120]
	stp	d12, d13, [x0, #136]
	stp	d14, d15, [x0, #152]
	mov	x0, #0
	ret
END(runtime.setcheckpoint)

// gotocheckpoint(buf *checkpoint): resume at buf's setcheckpoint call, which
// then returns 1. The frames in between are abandoned.
FUNC(runtime.gotocheckpoint)
	ldp	x19, x20, [x0, #0]
	ldp	x21, x22, [x0, #16]
	ldp	x23, x24, [x0, #32]
	ldp	x25, x26, [x0, #48]
	ldp	x27, x28, [x0, #64]
	ldp	x29, x30, [x0, #80]
	ldr	x1, [x0, #96]
	mov	sp, x1
	ldp	d8, d9, [x0, #104]
	ldp	d10, d11, [x0, #120]
	ldp	d12, d13, [x0, #136]
	ldp	d14, d15, [x0, #152]
	mov	x0, #1
	ret
END(runtime.gotocheckpoint)

// callClosure(fv *funcval): call a Go func value with no arguments, passing
// fv as the closure context in x18 (LLVM's `nest` register on AArch64).
FUNC(runtime.callClosure)
	stp	x29, x30, [sp, #-16]!
	mov	x29, sp
	mov	x18, x0
	ldr	x16, [x0]
	blr	x16
	ldp	x29, x30, [sp], #16
	ret
END(runtime.callClosure)

// callTimerFunc(fv *funcval, argtype, argdata, seq uintptr): call a timer's
// f(arg any, seq uintptr) (time.c). Go's convention: fv in x18, then the
// interface's two words and seq in x0..x2, so shift the arguments down by
// one and tail-jump.
FUNC(runtime.callTimerFunc)
	mov	x18, x0
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	ldr	x16, [x18]
	br	x16
END(runtime.callTimerFunc)
// callClosure2(fv, a0, a1): call the Go func value fv with two word
// arguments (a pointer, or an interface's two words), fv in x18. Results
// are dropped. (runfinq, mfinal.c.)
FUNC(runtime.callClosure2)
	stp	x29, x30, [sp, #-16]!
	mov	x29, sp
	mov	x18, x0
	mov	x0, x1
	mov	x1, x2
	ldr	x16, [x18]
	blr	x16
	ldp	x29, x30, [sp], #16
	ret
END(runtime.callClosure2)

// systemstack(fn func(arg), arg): run fn(arg) on g0's stack, as Go's
// systemstack. On a goroutine, its callee-saved registers are stored below
// its sp and that sp saved in g.sched.sp first, so that a collection running
// on g0 scans them; on g0 already, a plain tail call.
FUNC(runtime.systemstack)
	mrs	x3, tpidr_el0
	ldr	x4, [x3, #TLS_G]		// g
	ldr	x5, [x4, #G_M]
	ldr	x6, [x5, #M_G0]
	cmp	x6, x4
	b.eq	.Lsystemstack_direct
	SAVE_CALLEE_SAVED
	add	x29, sp, #80
	mov	x7, sp
	str	x7, [x4, #(G_SCHED+GOBUF_SP)]
	mov	x19, x4			// the goroutine, kept across the call
	mov	x20, x7			// its sp
	str	x6, [x3, #TLS_G]		// g = g0
	ldr	x7, [x6, #(G_SCHED+GOBUF_SP)]
	mov	sp, x7
	mov	x7, x0
	mov	x0, x1
	blr	x7
	mrs	x3, tpidr_el0
	str	x19, [x3, #TLS_G]
	mov	sp, x20
	RESTORE_CALLEE_SAVED
	ret
.Lsystemstack_direct:
	mov	x7, x0
	mov	x0, x1
	br	x7
END(runtime.systemstack)

// switchstack(fn func(arg), arg, top *stktop): run fn(arg) with sp at top,
// the top of a new stack segment (16-byte aligned); the old sp goes into
// top.prevsp first (the GC scans the old segment from there). The frame
// record chain continues across the switch.
FUNC(runtime.switchstack)
	stp	x29, x30, [sp, #-16]!
	mov	x29, sp
	mov	x3, sp
	str	x3, [x2, #STKTOP_PREVSP]
	mov	sp, x2
	mov	x3, x0
	mov	x0, x1
	blr	x3
	mov	sp, x29
	ldp	x29, x30, [sp], #16
	ret
END(runtime.switchstack)

// entersyscall (syscall.runtime_entersyscall): store the callee-saved
// registers, which may hold the only references to objects the caller
// still needs, below the caller's frame, and hand that sp to
// reentersyscall (proc.c): the GC scans a goroutine in a system call from
// there. RawSyscall6, next, stores nothing over them.
	.text
FUNC(syscall.runtime_entersyscall)
	SAVE_CALLEE_SAVED
	add	x29, sp, #80
	mov	x0, sp
	bl	runtime.reentersyscall
	RESTORE_CALLEE_SAVED
	ret
END(syscall.runtime_entersyscall)
