// rt0_linux_amd64.S: the ELF entry point. Go: runtime/rt0_linux_amd64.s.
// The kernel leaves argc at 0(%rsp), argv from 8(%rsp); pass them to rt0_go.
	.text
	.globl	_start
	.globl	_rt0_amd64_linux
	.type	_start, @function
	.p2align 4
_start:
_rt0_amd64_linux:
	xorl	%ebp, %ebp		// outermost frame for debuggers
	movq	(%rsp), %rdi		// argc
	leaq	8(%rsp), %rsi		// argv
	andq	$-16, %rsp		// ABI alignment for the call
	call	runtime.rt0_go
	ud2				// rt0_go never returns
	.size	_start, .-_start
	.section .note.GNU-stack,"",@progbits
