// rt0_linux_arm64.S: the ELF entry point. Go: runtime/rt0_linux_arm64.s.
// The kernel leaves argc at [sp], argv from sp+8; pass them to rt0_go.
	.text
	.globl	_start
	.globl	_rt0_arm64_linux
	.type	_start, %function
	.p2align 2
_start:
_rt0_arm64_linux:
	ldr	x0, [sp]		// argc
	add	x1, sp, #8		// argv
	mov	x29, #0			// outermost frame for debuggers
	mov	x30, #0
	bl	runtime.rt0_go
	brk	#0			// rt0_go never returns
	.size	_start, .-_start
	.section .note.GNU-stack,"",@progbits
