// runtime.h: declarations shared by the runtime's C files (not part of the
// compiler ABI; that is include/swiftgo_abi.h). Every symbol keeps Go's
// dotted name through an asm label so nm and traces read like gc's.
#ifndef RUNTIME_H
#define RUNTIME_H

#include "runtime2.h"

#define nil ((void *)0)
#define S(lit) ((const uint8_t *)(lit)), ((go_int)sizeof(lit) - 1)

// ---- the hosted build (Runtime/test/hosted, scripts/sanitize) -------------
// With SWIFTGO_HOSTED the runtime's data structures are compiled into an
// ordinary glibc test program under AddressSanitizer/UBSan. Everything that
// differs from the freestanding build is here (plus mem.c, which leaves the
// libc names to libc and ASan's checked interceptors):
//   - getg: in a glibc process %fs:8 / [tpidr_el0+8] is glibc's, so the
//     harness keeps the current g in a thread-local of its own;
//   - asanpoison/asanunpoison (Go's names, asan.go): the allocator marks the
//     unused tail of each object, freed objects and free spans unaddressable,
//     so ASan catches overflows and uses after free inside the Go heap,
//     which it otherwise sees as one big valid mmap.
#ifdef SWIFTGO_HOSTED
extern _Thread_local g *hostedg;
static inline g *getg(void) { return hostedg; }
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SWIFTGO_ASAN 1
#endif
#endif
#endif

#ifdef SWIFTGO_ASAN
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
static inline void asanpoison(go_uintptr p, go_uintptr n) { __asan_poison_memory_region((void *)p, n); }
static inline void asanunpoison(go_uintptr p, go_uintptr n) { __asan_unpoison_memory_region((void *)p, n); }
#else
static inline void asanpoison(go_uintptr p, go_uintptr n) { (void)p; (void)n; }
static inline void asanunpoison(go_uintptr p, go_uintptr n) { (void)p; (void)n; }
#endif

#ifndef SWIFTGO_HOSTED
// ---- getg: the current g from its TLS slot --------------------------------
// One volatile instruction (two on arm64), never an LLVM thread_local: the
// thread pointer is set by hand in rt0_go and LLVM must not cache it.
static inline g *getg(void) {
    g *gp;
#if defined(__x86_64__)
    __asm__ volatile("movq %%fs:8, %0" : "=r"(gp));
#elif defined(__aarch64__)
    __asm__ volatile("mrs %0, tpidr_el0\n\tldr %0, [%0, #8]" : "=r"(gp));
#else
#error "unsupported architecture"
#endif
    return gp;
}
#endif

// ---- sys_linux_<arch>.S: raw system calls, Go's names --------------------
GO_NORETURN void exit_(int32_t code) GO_SYM("runtime.exit");
int32_t write1(go_uintptr fd, const void *p, int32_t n) GO_SYM("runtime.write1");
// Returns the address, or a negative errno (-4095..-1).
void *mmap_(void *addr, go_uintptr n, int32_t prot, int32_t flags, int32_t fd, uint32_t off)
    GO_SYM("runtime.mmap");
int32_t munmap_(void *addr, go_uintptr n) GO_SYM("runtime.munmap");
int32_t sched_getaffinity(go_uintptr pid, go_uintptr len, void *buf)
    GO_SYM("runtime.sched_getaffinity");
int64_t nanotime1(void) GO_SYM("runtime.nanotime1");
void settls(void *tp) GO_SYM("runtime.settls");
void raise_(uint32_t sig) GO_SYM("runtime.raise");
// clone starts a thread on stk that runs fn with g = gp, thread pointer =
// &mp.tls; returns the thread id or -errno.
int32_t clone_(int32_t flags, void *stk, m *mp, g *gp, void (*fn)(void)) GO_SYM("runtime.clone");
int32_t rt_sigprocmask(int32_t how, const uint64_t *new_, uint64_t *old, int32_t size)
    GO_SYM("runtime.rt_sigprocmask");
int32_t gettid(void) GO_SYM("runtime.gettid");
void usleep(uint32_t usec) GO_SYM("runtime.usleep");
// The kernel's struct sigaction (same layout on amd64 and arm64).
typedef struct sigactiont {
    go_uintptr sa_handler;
    uint64_t   sa_flags;
    go_uintptr sa_restorer;
    uint64_t   sa_mask;
} sigactiont;
int32_t rt_sigaction(go_uintptr sig, const sigactiont *new_, sigactiont *old, go_uintptr size)
    GO_SYM("runtime.rt_sigaction");

#define _PROT_READ 1
#define _PROT_WRITE 2
#define _MAP_PRIVATE 0x02
#define _MAP_ANON 0x20

// ---- asm_<arch>.S ---------------------------------------------------------
GO_NORETURN void gogo(gobuf *buf) GO_SYM("runtime.gogo");
void mcall(void (*fn)(g *)) GO_SYM("runtime.mcall");
void goexit(void) GO_SYM("runtime.goexit");
void goexit1(void) GO_SYM("runtime.goexit1");
GO_NORETURN void gotocheckpoint(checkpoint *buf) GO_SYM("runtime.gotocheckpoint");
void callClosure(const funcval *fv) GO_SYM("runtime.callClosure");
// callClosure2: fv(a0, a1), two pointer-sized arguments (one pointer, or an
// interface's two words) in the first two argument registers.
void callClosure2(const void *fv, const void *a0, const void *a1) GO_SYM("runtime.callClosure2");
// systemstack runs fn(arg) on the M's g0 stack (directly if already there);
// the goroutine's registers and sp are saved in g.sched for the GC.
void systemstack(void (*fn)(void *), void *arg) GO_SYM("runtime.systemstack");
// switchstack runs fn(arg) with sp = top (a new segment), records the old
// sp in top->prevsp, and switches back when fn returns (stack.c).
void switchstack(void (*fn)(void *), void *arg, stktop *top) GO_SYM("runtime.switchstack");
GO_NORETURN void mstart(void) GO_SYM("runtime.mstart");

// ---- signals (signal_linux.c, signal_<arch>.c, panic.c) --------------------
void initsig(void) GO_SYM("runtime.initsig");
void minit(void) GO_SYM("runtime.minit");
void newosproc(m *mp) GO_SYM("runtime.newosproc");
void unblocksig(uint32_t sig) GO_SYM("runtime.unblocksig");
GO_NORETURN void dieFromSignal(uint32_t sig) GO_SYM("runtime.dieFromSignal");
enum { _SIG_DFL = 0, _SIG_IGN = 1 };
bool setsig(uint32_t sig, go_uintptr handler) GO_SYM("runtime.setsig");
void minitSignalStack(m *mp) GO_SYM("runtime.minitSignalStack");
bool sigsend(uint32_t sig) GO_SYM("runtime.sigsend");
// The handler setsig installs for every signal the runtime handles.
typedef struct siginfo siginfo;
void sigtramp(int32_t sig, siginfo *info, void *ctx) GO_SYM("runtime.sigtramp");
// notetsleepg: notetsleep on a goroutine, its P handed off meanwhile.
bool notetsleepg(note *n, int64_t ns) GO_SYM("runtime.notetsleepg");
void entersyscallblock(void) GO_SYM("runtime.entersyscallblock");
void exitsyscall(void) GO_SYM("syscall.runtime_exitsyscall");
const char *signame(uint32_t sig) GO_SYM("runtime.signame");
go_uintptr sigctxtPC(void *ctx) GO_SYM("runtime.sigctxtPC");
void preparePanic(void *ctx) GO_SYM("runtime.preparePanic");
GO_NORETURN void sigpanic(void) GO_SYM("runtime.sigpanic");
GO_NORETURN void panicmemerror(void) GO_SYM("runtime.panicmemerror");
GO_NORETURN void panicoverflow(void) GO_SYM("runtime.panicoverflow");
GO_NORETURN void panicfloat(void) GO_SYM("runtime.panicfloat");

// ---- globals (proc.c, runtime1.c, os_linux.c, malloc.c) -------------------
extern g g0 GO_SYM("runtime.g0");
extern m m0 GO_SYM("runtime.m0");
extern schedt sched GO_SYM("runtime.sched");
extern p **allp GO_SYM("runtime.allp");
extern int32_t gomaxprocs GO_SYM("runtime.gomaxprocs");
extern int32_t ncpu GO_SYM("runtime.ncpu");
extern go_uintptr physPageSize GO_SYM("runtime.physPageSize");
extern const uint8_t *startupRandomData GO_SYM("runtime.startupRandomData");
extern int32_t argc GO_SYM("runtime.argc");
extern uint8_t **argv GO_SYM("runtime.argv");
extern GoSlice argslice GO_SYM("runtime.argslice");   // []string: os.Args
extern GoSlice envs GO_SYM("runtime.envs");           // []string: environment
extern int64_t runtimeInitTime GO_SYM("runtime.runtimeInitTime");
extern g *allgs GO_SYM("runtime.allgs");
extern int32_t gcPercent GO_SYM("runtime.gcpercent");

// debug: GODEBUG settings (runtime1.c), named as Go's dbgvars.
typedef struct dbgVar { const char *name; int32_t *value; } dbgVar;
extern struct debugVars {
    int32_t allocfreetrace, cgocheck, clobberfree, efence, gccheckmark;
    int32_t gcpacertrace, gcshrinkstackoff, gcstoptheworld, gctrace;
    int32_t invalidptr, madvdontneed, sbrk, scavtrace, scheddetail;
    int32_t schedtrace, tracebackancestors, asyncpreemptoff, harddecommit;
    int32_t adaptivestackstart, inittrace;
    int32_t gcstress;   // swiftgo's: collect at every gcstress-th allocation (mgc.c)
} debug GO_SYM("runtime.debug");

// memstats: the allocator's counters (inittrace reports their deltas).
extern struct mstats {
    uint64_t total_alloc;   // bytes allocated, cumulative
    uint64_t nmalloc;       // number of allocations, cumulative
    uint64_t heap_sys;      // bytes obtained from the OS for the heap
    uint64_t stacks_sys;    // bytes obtained from the OS for stacks
    // The collector's (malloc.c, mgc.c, mgcsweep.c; read by mstats.c):
    uint64_t heap_live;     // bytes in allocated objects (exact after each sweep)
    uint64_t nfree;         // number of objects freed, cumulative
    uint64_t tinyallocs;    // allocations packed into tiny blocks
    uint64_t last_gc;       // the last collection's end, unix ns (MemStats.LastGC)
    uint64_t pause_total_ns;
    uint64_t pause_ns[256]; // circular, by numgc % 256
    uint64_t pause_end[256];// unix ns
    uint64_t gc_cpu_ns;     // time in collections, for GCCPUFraction
    uint32_t numgc;
    uint32_t numforcedgc;
} memstats GO_SYM("runtime.memstats");

// ---- functions --------------------------------------------------------------
int64_t nanotime(void) GO_SYM("runtime.nanotime");
void args(int32_t c, uint8_t **v) GO_SYM("runtime.args");
void sysargs(int32_t c, uint8_t **v) GO_SYM("runtime.sysargs");
void osinit(void) GO_SYM("runtime.osinit");
void schedinit(void) GO_SYM("runtime.schedinit");
void goargs(void) GO_SYM("runtime.goargs");
void goenvs(void) GO_SYM("runtime.goenvs");
void parsedebugvars(void) GO_SYM("runtime.parsedebugvars");
GoString gogetenv(const uint8_t *key, go_int keylen) GO_SYM("runtime.gogetenv");
bool atoi32(GoString s, int32_t *out) GO_SYM("runtime.atoi32");
void stackinit(void) GO_SYM("runtime.stackinit");
stack stackalloc(uint32_t n) GO_SYM("runtime.stackalloc");
void stackfree(stack stk) GO_SYM("runtime.stackfree");
stack stackfirst(void) GO_SYM("runtime.stackfirst");
void stackunwind(g *gp, go_uintptr sp) GO_SYM("runtime.stackunwind");
void stackrelease(g *gp) GO_SYM("runtime.stackrelease");
void mallocinit(void) GO_SYM("runtime.mallocinit");
void *sysAlloc(go_uintptr n, uint64_t *sysStat) GO_SYM("runtime.sysAlloc");
void gcinit(void) GO_SYM("runtime.gcinit");
void runtime_main(void) GO_SYM("runtime.main");
void mstart0(void) GO_SYM("runtime.mstart0");
GO_NORETURN void schedule(void) GO_SYM("runtime.schedule");
GO_NORETURN void throw(const char *s) GO_SYM("runtime.throw");
GO_NORETURN void panicgrowslice(void) GO_SYM("runtime.panicgrowslice");
extern go_uintptr zerobase GO_SYM("runtime.zerobase");
GO_NORETURN void badmcall(void (*fn)(g *)) GO_SYM("runtime.badmcall");
GO_NORETURN void badmcall2(void (*fn)(g *)) GO_SYM("runtime.badmcall2");
void gopark(bool (*unlockf)(g *, void *), void *lock, uint8_t reason) GO_SYM("runtime.gopark");
void goready(g *gp) GO_SYM("runtime.goready");
void goparkunlock(mutex *l, uint8_t reason) GO_SYM("runtime.goparkunlock");
// procresize (proc.c): nprocs Ps; returns those with local work to start.
p *procresize(int32_t nprocs) GO_SYM("runtime.procresize");
void stopTheWorldWithSema(void) GO_SYM("runtime.stopTheWorldWithSema");
// The scheduler's entry points for the rest of the runtime (proc.c).
void wakep(void) GO_SYM("runtime.wakep");
void startPs(p *runnablePs) GO_SYM("runtime.startPs");
void wakesysmonLocked(void) GO_SYM("runtime.wakesysmonLocked");
// mgc.c: worldsema, which serializes stop-the-world users.
void acquireWorld(void) GO_SYM("runtime.acquireWorld");
void releaseWorld(void) GO_SYM("runtime.releaseWorld");
extern int32_t newprocs GO_SYM("runtime.newprocs");
void preemptall(void) GO_SYM("runtime.preemptall");
bool canPreemptM(m *mp) GO_SYM("runtime.canPreemptM");
void gopreempt_m(g *gp) GO_SYM("runtime.gopreempt_m");
void Gosched(void) GO_SYM("runtime.Gosched");
void preemptcheck(g *gp) GO_SYM("runtime.preemptcheck");
// time.c: wake the M waiting for the earliest timer if when is earlier,
// or get an M to wait for it.
void wakeNetPoller(int64_t when) GO_SYM("runtime.wakeNetPoller");
void startTheWorldWithSema(void) GO_SYM("runtime.startTheWorldWithSema");

// lock_futex.c: runtime locks (Go: lock_futex.go). lock also counts in
// m.locks, so a g holding a lock cannot be descheduled.
void lock(mutex *l) GO_SYM("runtime.lock");
void unlock(mutex *l) GO_SYM("runtime.unlock");
void noteclear(note *n) GO_SYM("runtime.noteclear");
void notewakeup(note *n) GO_SYM("runtime.notewakeup");
void notesleep(note *n) GO_SYM("runtime.notesleep");
bool notetsleep(note *n, int64_t ns) GO_SYM("runtime.notetsleep");
void osyield(void) GO_SYM("runtime.osyield");
// procyield: n spin-wait hints to the CPU (a lock holder on another core).
static inline void procyield(int n) {
    for (int i = 0; i < n; i++) {
#if defined(__x86_64__)
        __asm__ volatile("pause");
#else
        __asm__ volatile("yield");
#endif
    }
}

// acquirem/releasem pin the current g to its M (and so to its P): a g
// with m.locks > 0 is never descheduled.
static inline m *acquirem(void) {
    m *mp = getg()->m;
    mp->locks++;
    return mp;
}
static inline void releasem(m *mp) { mp->locks--; }

// time.c: timers. checkTimers runs pp's due timers (see there);
// nobarrierWakeTime is when pp next needs attention, 0 if never;
// moveTimers re-homes a dying P's timers onto pp.
bool checkTimers(p *pp, int64_t now, int64_t *rnow, int64_t *pollUntil) GO_SYM("runtime.checkTimers");
int64_t nobarrierWakeTime(p *pp) GO_SYM("runtime.nobarrierWakeTime");
void moveTimers(p *pp, p *from) GO_SYM("runtime.moveTimers");
// callTimerFunc (asm_<arch>.S) calls a timer's f(arg, seq) with Go's
// convention: f in the nest register, arg as two words.
void callTimerFunc(const funcval *f, const _type *argtype, void *argdata, go_uintptr seq)
    GO_SYM("runtime.callTimerFunc");
// chan.c: sudog caches (Go keeps them in proc.go).
sudog *acquireSudog(void) GO_SYM("runtime.acquireSudog");
void releaseSudog(sudog *s) GO_SYM("runtime.releaseSudog");
// panic.c: panic(plainError(msg)), a runtime.Error whose text has no
// "runtime error: " prefix (closed and nil channels).
GO_NORETURN void panicplain(const char *msg) GO_SYM("runtime.panicplain");

void gwrite(const uint8_t *p, go_int n) GO_SYM("runtime.gwrite");
void printcstr(const char *s) GO_SYM("runtime.printcstr");

// Go-named memory helpers (mem.c) on top of the libc names LLVM calls.
void memmove_(void *to, const void *from, go_uintptr n) GO_SYM("runtime.memmove");
void memclrNoHeapPointers(void *p, go_uintptr n) GO_SYM("runtime.memclrNoHeapPointers");
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int bcmp(const void *a, const void *b, size_t n);

go_int findnull(const uint8_t *s) GO_SYM("runtime.findnull");
// iface.c: t's method `name` of func type `mtyp` ("func() string"), or nil.
const method *methodbyname(const _type *t, const char *name, const char *mtyp) GO_SYM("runtime.methodbyname");
void goroutineheader(g *gp) GO_SYM("runtime.goroutineheader");
// mfinal.c: the runtime's own goroutines (the finalizer goroutine while it
// waits) are left out of NumGoroutine and of tracebacks, as in gc.
bool isSystemGoroutine(g *gp) GO_SYM("runtime.isSystemGoroutine");
g *wakefing(void) GO_SYM("runtime.wakefing");
void tracebackothers(g *me) GO_SYM("runtime.tracebackothers");

// ---- inittrace phases (proc.c) -----------------------------------------------
// Startup phases timed for GODEBUG=inittrace=1. Timestamps are recorded
// unconditionally (GODEBUG is not parsed until schedinit) and printed by
// runtime.main; see the format comment at the top of proc.c.
enum {
    phaseArgs, phaseOsinit, phaseSchedinit, phaseStackinit, phaseMallocinit,
    phaseMcommoninit, phaseGoargs, phaseGoenvs, phaseParsedebugvars,
    phaseGcinit, phaseProcresize, phaseNewproc, phaseMstart, phaseMain,
    phaseMainMain, phaseExit,   // main.main's run and the exit after it
    nphase,
};
void inittracePhaseBegin(int32_t id) GO_SYM("runtime.inittracePhaseBegin");
void inittracePhaseEnd(int32_t id) GO_SYM("runtime.inittracePhaseEnd");
int64_t cputicks(void) GO_SYM("runtime.cputicks");

// Func types of the runtime's own methods (iface.c).
extern const _type funcStringType, funcType;

// Go's fastrand (rand.c): per-M wyrand.
uint32_t fastrand(void) GO_SYM("runtime.fastrand");

#endif
