// signal_arm64.c: the interrupted context of a signal on arm64.
// Go: runtime/signal_linux_arm64.go (sigctxt), signal_arm64.go (preparePanic).
#include "runtime.h"

// The kernel's ucontext: uc_flags, uc_link, uc_stack (24 bytes),
// uc_sigmask (8) and padding to 1024 bits, then at offset 176 the
// sigcontext: fault_address, x0..x30, sp, pc, pstate.
enum { UC_REGS = 184, REG_LR = 30, REG_SP = 31, REG_PC = 32 };

static go_uintptr *sigregs(void *ctx) { return (go_uintptr *)((uint8_t *)ctx + UC_REGS); }

go_uintptr sigctxtPC(void *ctx) { return sigregs(ctx)[REG_PC]; }

// preparePanic makes the faulting instruction look like a call of
// sigpanic. The old link register is saved on the stack first: a leaf
// function may still hold its own return address there.
void preparePanic(void *ctx) {
    go_uintptr *r = sigregs(ctx);
    go_uintptr sp = r[REG_SP] - 16;
    *(go_uintptr *)sp = r[REG_LR];
    r[REG_SP] = sp;
    r[REG_LR] = r[REG_PC];
    r[REG_PC] = (go_uintptr)sigpanic;
}
