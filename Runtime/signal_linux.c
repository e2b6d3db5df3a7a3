// signal_linux.c: synchronous signals (SIGSEGV, SIGBUS, SIGFPE).
// Go: runtime/signal_unix.go (initsig, sighandler, sigpanic), os_linux.go
// (setsig, minitSignalStack).
//
// A fault while a goroutine runs compiled code becomes a Go panic, as in
// gc: the handler rewrites the interrupted context so that the goroutine
// seems to have called sigpanic from the faulting instruction
// (preparePanic, signal_<arch>.c), and sigpanic panics on the goroutine's
// own stack, where deferred calls and recover work as usual. A fault below
// 4 KiB is a nil dereference (compiled code checks pointers itself, so
// such a fault comes from unsafe arithmetic like unsafe.Add(nil, 16));
// any other address is gc's "unexpected fault address" and fatal. A signal
// while the runtime itself runs (on g0, holding a runtime lock, inside the
// allocator) is gc's "unexpected signal during runtime execution".
//
// Handlers run on each M's own signal stack (sigaltstack): the faulting
// goroutine's stack may be small or exhausted. Other signals keep the
// kernel's default action: SIGPIPE ends the process, as gc's does for a
// write to a closed stdout or stderr; SIGINT and SIGTERM end it too.
#include "runtime.h"

enum { _SIGBUS = 7, _SIGFPE = 8, _SIGSEGV = 11 };
enum { _SA_SIGINFO = 0x4, _SA_RESTORER = 0x04000000, _SA_ONSTACK = 0x08000000,
       _SA_RESTART = 0x10000000 };
enum { _SEGV_MAPERR = 1, _SEGV_ACCERR = 2, _BUS_ADRERR = 2, _FPE_INTDIV = 1, _FPE_INTOVF = 2 };
#define SIGNAL_STACK_SIZE (32 * 1024)

// The kernel's layouts (the same on x86-64 and arm64; sigactiont is in runtime.h).
typedef struct siginfo { int32_t si_signo, si_errno, si_code, pad; go_uintptr si_addr; } siginfo;
typedef struct stackt { void *ss_sp; int32_t ss_flags; int32_t pad; go_uintptr ss_size; } stackt;

int32_t sigaltstack(const stackt *new, stackt *old) GO_SYM("runtime.sigaltstack");
void sigreturn(void) GO_SYM("runtime.sigreturn");

const char *signame(uint32_t sig) {
    switch (sig) {
    case _SIGBUS:  return "SIGBUS: bus error";
    case _SIGFPE:  return "SIGFPE: floating-point exception";
    case _SIGSEGV: return "SIGSEGV: segmentation violation";
    }
    return "signal";
}

// setsig installs handler for sig (sigtramp, or SIG_DFL/SIG_IGN for
// os/signal), with Go's flags, so every disposition is set one way.
// Reports whether the kernel took it (SIGKILL and SIGSTOP it refuses).
bool setsig(uint32_t sig, go_uintptr handler) {
    sigactiont sa = {
        .sa_handler = handler,
        .sa_flags = _SA_SIGINFO | _SA_ONSTACK | _SA_RESTORER | _SA_RESTART,
        .sa_restorer = (go_uintptr)sigreturn,
        .sa_mask = ~(uint64_t)0,   // nothing interrupts a handler
    };
    return rt_sigaction(sig, &sa, nil, sizeof sa.sa_mask) == 0;
}

// dieFromSignal ends the process by sig with its default action, as gc
// does for SIGPIPE on stdout/stderr even when SIGPIPE was ignored at
// startup; exit status 2 if the signal does not kill (it is blocked).
void dieFromSignal(uint32_t sig) {
    setsig(sig, _SIG_DFL);
    raise_(sig);
    exit_(2);
}

// initsig: once, on m0, before any Go code runs.
void initsig(void) {
    if (!setsig(_SIGSEGV, (go_uintptr)sigtramp) || !setsig(_SIGBUS, (go_uintptr)sigtramp) ||
        !setsig(_SIGFPE, (go_uintptr)sigtramp))
        throw("sigaction failed");
}

// minitSignalStack: every M handles signals on a stack of its own.
void minitSignalStack(m *mp) {
    if (mp->gsignalstack.lo == 0) {
        void *v = sysAlloc(SIGNAL_STACK_SIZE, &memstats.stacks_sys);
        if (v == nil) throw("out of memory (signal stack)");
        mp->gsignalstack = (stack){(go_uintptr)v, (go_uintptr)v + SIGNAL_STACK_SIZE};
    }
    stackt st = { .ss_sp = (void *)mp->gsignalstack.lo, .ss_size = SIGNAL_STACK_SIZE };
    if (sigaltstack(&st, nil) < 0) throw("sigaltstack failed");
}

// canSigpanic: the fault happened in compiled Go code on a goroutine, so
// the goroutine can be made to panic. gc asks whether the pc is Go code;
// here the runtime's own state tells: g0, a held lock or the allocator
// mean the runtime was running.
static bool canSigpanic(g *gp) {
    return gp != nil && gp != gp->m->g0 && gp->m->locks == 0 &&
           gp->m->mallocing == 0 && gp->m->dying == 0;
}

void sigtramp(int32_t sig, siginfo *info, void *ctx) {
    g *gp = getg();
    if (gp == nil) {   // before rt0_go set up g: nothing to report through
        printcstr("fatal error: unexpected signal before runtime initialization\n");
        exit_(2);
    }
    if (sig != _SIGSEGV && sig != _SIGBUS && sig != _SIGFPE) {   // os/signal's
        sigsend((uint32_t)sig);
        return;
    }
    g *rep = gp == gp->m->g0 && gp->m->curg != nil ? gp->m->curg : gp;
    rep->sig = (uint32_t)sig;
    rep->sigcode0 = (go_uintptr)(int64_t)info->si_code;
    rep->sigcode1 = info->si_addr;
    rep->sigpc = sigctxtPC(ctx);
    if (canSigpanic(gp)) {
        preparePanic(ctx);
        return;   // into sigpanic, on the goroutine's stack
    }
    throw("unexpected signal during runtime execution");
}

// sigpanic: entered from the faulting instruction, as if called there.
#if defined(__x86_64__)
__attribute__((force_align_arg_pointer))   // the call was injected mid-function
#endif
void sigpanic(void) {
    g *gp = getg();
    switch (gp->sig) {
    case _SIGBUS:
        if (gp->sigcode0 == _BUS_ADRERR && gp->sigcode1 < 0x1000) panicmemerror();
        break;
    case _SIGSEGV:
        if ((gp->sigcode0 == 0 || gp->sigcode0 == _SEGV_MAPERR || gp->sigcode0 == _SEGV_ACCERR) &&
            gp->sigcode1 < 0x1000)
            panicmemerror();
        break;
    case _SIGFPE:
        if (gp->sigcode0 == _FPE_INTDIV) panicdivide();
        if (gp->sigcode0 == _FPE_INTOVF) panicoverflow();
        panicfloat();
    }
    printcstr("unexpected fault address ");
    printhex(gp->sigcode1);
    printcstr("\n");
    throw("fault");
}
