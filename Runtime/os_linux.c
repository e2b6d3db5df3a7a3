// os_linux.c: what the runtime learns from Linux at startup (auxv, CPU
// count, page size) and the monotonic clock. Go: runtime/os_linux.go.
#include "runtime.h"

int32_t ncpu GO_SYM("runtime.ncpu");
go_uintptr physPageSize GO_SYM("runtime.physPageSize");
// 16 random bytes from the kernel (AT_RANDOM), seeds fastrand and hashing.
const uint8_t *startupRandomData GO_SYM("runtime.startupRandomData");
// Program headers, for finding PT_TLS once compiled code uses TLS data.
go_uintptr auxvPhdr GO_SYM("runtime.auxvPhdr");
go_uintptr auxvPhnum GO_SYM("runtime.auxvPhnum");

enum { _AT_NULL = 0, _AT_PHDR = 3, _AT_PHNUM = 5, _AT_PAGESZ = 6, _AT_RANDOM = 25 };

void sysauxv(const go_uintptr *auxv) GO_SYM("runtime.sysauxv");

// sysargs finds the auxiliary vector: it follows argv's and envp's NULs on
// the initial stack.
void sysargs(int32_t c, uint8_t **v) {
    int32_t n = c + 1;
    while (v[n] != nil) n++;   // skip envp
    n++;                       // skip envp's terminating NULL
    sysauxv((const go_uintptr *)&v[n]);
}

void sysauxv(const go_uintptr *auxv) {
    for (int i = 0; auxv[i] != _AT_NULL; i += 2) {
        go_uintptr tag = auxv[i], val = auxv[i + 1];
        switch (tag) {
        case _AT_PAGESZ: physPageSize = val; break;
        case _AT_RANDOM: startupRandomData = (const uint8_t *)val; break;
        case _AT_PHDR:   auxvPhdr = val; break;
        case _AT_PHNUM:  auxvPhnum = val; break;
        }
    }
}

// getproccount counts the CPUs this process may run on, as Go does: the
// affinity mask, not the machine's CPU count (taskset/cgroups shrink it).
static int32_t getproccount(void) {
    uint64_t buf[16];   // 1024 CPUs; the kernel returns how many bytes it used
    int32_t r = sched_getaffinity(0, sizeof buf, buf);
    if (r < 0) return 1;
    int32_t n = 0;
    for (int32_t i = 0; i < r / 8; i++) n += __builtin_popcountll(buf[i]);
    return n > 0 ? n : 1;
}

// The signal mask the process started with: each new M restores it in
// minit (newosproc blocks every signal around clone, so that no signal
// lands on a thread before its TLS and signal stack exist).
static uint64_t initSigmask;
enum { _SIG_SETMASK = 2 };

void osinit(void) {
    inittracePhaseBegin(phaseOsinit);
    ncpu = getproccount();
    rt_sigprocmask(_SIG_SETMASK, nil, &initSigmask, sizeof initSigmask);
    // Go reads the huge page size from /sys here; nothing uses it yet.
    inittracePhaseEnd(phaseOsinit);
}

// minit: per-thread setup, on the new M's own thread (m0's in mstart0).
void minit(void) {
    m *mp = getg()->m;
    mp->procid = gettid();
    minitSignalStack(mp);
    if (mp != &m0) rt_sigprocmask(_SIG_SETMASK, &initSigmask, nil, sizeof initSigmask);
}

// unblocksig: a signal os/signal asked for may arrive: unblock it on this
// thread and on every M started later (the process may have inherited it
// blocked; gc unblocks it on a thread of its own, ensureSigM).
void unblocksig(uint32_t sig) {
    uint64_t set = (uint64_t)1 << (sig - 1);
    __atomic_fetch_and(&initSigmask, ~set, __ATOMIC_SEQ_CST);
    rt_sigprocmask(1 /* SIG_UNBLOCK */, &set, nil, sizeof set);
}

// newosproc starts mp's thread on its g0 stack, in runtime.mstart.
// CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_SYSVSEM|CLONE_THREAD.
#define cloneFlags 0x50f00
void newosproc(m *mp) {
    uint64_t all = ~(uint64_t)0, old;
    rt_sigprocmask(_SIG_SETMASK, &all, &old, sizeof all);
    int32_t ret = clone_(cloneFlags, (void *)mp->g0->stack.hi, mp, mp->g0, mstart);
    rt_sigprocmask(_SIG_SETMASK, &old, nil, sizeof old);
    if (ret < 0) {
        printcstr("runtime: failed to create new OS thread (have ");
        printint(sched.mnext);
        printcstr(" already; errno=");
        printint(-ret);
        printcstr(")\n");
        throw("newosproc");
    }
}

// nanotime: CLOCK_MONOTONIC through the raw syscall (no vDSO yet: the
// syscall costs ~50 ns more, irrelevant until timers are hot).
int64_t nanotime(void) { return nanotime1(); }
