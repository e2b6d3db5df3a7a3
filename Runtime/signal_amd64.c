// signal_amd64.c: the interrupted context of a signal on x86-64.
// Go: runtime/signal_linux_amd64.go (sigctxt), signal_amd64.go (preparePanic).
#include "runtime.h"

// The kernel's ucontext: uc_flags, uc_link, uc_stack (24 bytes), then the
// saved registers in sigcontext order (r8 ... r15, rdi, rsi, rbp, rbx,
// rdx, rax, rcx, rsp, rip, ...).
enum { UC_REGS = 40, REG_RSP = 15, REG_RIP = 16 };

static go_uintptr *sigregs(void *ctx) { return (go_uintptr *)((uint8_t *)ctx + UC_REGS); }

go_uintptr sigctxtPC(void *ctx) { return sigregs(ctx)[REG_RIP]; }

// preparePanic makes the faulting instruction look like a call of
// sigpanic: its pc becomes sigpanic's return address.
void preparePanic(void *ctx) {
    go_uintptr *r = sigregs(ctx);
    go_uintptr sp = r[REG_RSP] - sizeof(go_uintptr);
    *(go_uintptr *)sp = r[REG_RIP];
    r[REG_RSP] = sp;
    r[REG_RIP] = (go_uintptr)sigpanic;
}
