// mgc.c: the garbage collector's driver and pacer. Go: runtime/mgc.go,
// mgcpacer.go.
//
// A stop-the-world, non-moving mark-sweep collector (DESIGN.md §3). A
// cycle, in Go's phase names:
//   1. sweep termination: stop the world; flush every mcache, so all spans
//      are on the mcentral lists;
//   2. mark (mgcmark.c): from the roots (globals, goroutine stacks) through
//      the heap;
//   3. mark termination: sweep every span (mgcsweep.c; an unreachable
//      object with a finalizer survives and its finalizer is queued, see
//      mfinal.c), set the next heap goal, give unneeded free pages back to
//      the OS (mheap.c's scavenger), restart the world.
// mallocgc starts a cycle before an allocation once the heap reaches its
// goal: live heap after the last cycle (plus scanned stacks and globals)
// x (1 + GOGC/100), at least 4 MiB x GOGC/100. GOGC=off never collects;
// debug.SetGCPercent changes the percentage, debug.SetMemoryLimit caps the
// goal (no GOMEMLIMIT variable yet).
// GODEBUG=gcstress=N collects before every Nth allocation (swiftgo's, for
// testing), gctrace=1 prints Go's line per cycle.
//
// Stop-the-world is Go's protocol (stopTheWorldWithSema below, with
// sched.gcwaiting, sched.stopwait and sched.stopnote): every M comes to a
// safepoint before the mark starts. The mark itself runs on the stopping
// M alone.
#include "malloc.h"

int32_t gcPercent GO_SYM("runtime.gcpercent");
uint64_t gcHeapGoal GO_SYM("runtime.gcController.heapGoal");
uint64_t gcHeapMarked GO_SYM("runtime.gcController.heapMarked");
uint64_t gcStressCount GO_SYM("runtime.gcStressCount");
extern uint64_t gcStackScan GO_SYM("runtime.gcController.stackScan");
extern uint64_t gcGlobalsScan GO_SYM("runtime.gcController.globalsScan");

#define defaultHeapMinimum ((uint64_t)4 << 20)
#define maxInt64 ((int64_t)(~(uint64_t)0 >> 1))
static uint64_t heapMinimum;
static int64_t memoryLimit = maxInt64;   // debug.SetMemoryLimit

// readGOGC: GOGC=off disables collection (-1); unset or malformed means 100.
static int32_t readGOGC(void) {
    GoString p = gogetenv(S("GOGC"));
    if (p.len == 3 && memcmp(p.str, "off", 3) == 0) return -1;
    int32_t n;
    if (atoi32(p, &n)) return n;
    return 100;
}

void gcinit(void) {
    gcPercent = readGOGC();
    heapMinimum = defaultHeapMinimum;
    if (gcPercent >= 0) heapMinimum = defaultHeapMinimum * (uint64_t)gcPercent / 100;
    gcHeapGoal = heapMinimum;
}

// commit sets the goal for the next cycle from this one's marked heap.
// A memory limit (debug.SetMemoryLimit) lowers it to what the limit leaves
// for the heap after the runtime's other memory, but never to less than
// the live heap plus 1/16 (so that a limit below the live heap does not
// make every allocation collect; Go caps the GC's CPU share instead).
static void gcControllerCommit(void) {
    uint64_t goal = ~(uint64_t)0;
    if (gcPercent >= 0) {
        goal = gcHeapMarked + (gcHeapMarked + gcStackScan + gcGlobalsScan) * (uint64_t)gcPercent / 100;
        if (goal < heapMinimum) goal = heapMinimum;
    }
    if (memoryLimit != maxInt64) {
        MemStats ms;
        readmemstats(&ms);
        uint64_t overhead = ms.Sys - ms.HeapSys, limit = (uint64_t)memoryLimit;
        uint64_t limitGoal = limit > overhead ? limit - overhead : 0;
        uint64_t floor = gcHeapMarked + gcHeapMarked / 16 + (64 << 10);
        if (limitGoal < floor) limitGoal = floor;
        if (limitGoal < goal) goal = limitGoal;
    }
    gcHeapGoal = goal;
}

// setGCPercent: runtime/debug.SetGCPercent. A negative percentage turns the
// collector off (-1); returns the previous setting.
int32_t setGCPercent(int32_t in) GO_SYM("runtime/debug.setGCPercent");
int32_t setGCPercent(int32_t in) {
    int32_t out = gcPercent;
    if (in < 0) in = -1;
    gcPercent = in;
    heapMinimum = in >= 0 ? defaultHeapMinimum * (uint64_t)in / 100 : defaultHeapMinimum;
    gcControllerCommit();
    return out;
}

// setMemoryLimit: runtime/debug.SetMemoryLimit. A negative limit only
// reads the current one; returns the previous limit.
int64_t setMemoryLimit(int64_t in) GO_SYM("runtime/debug.setMemoryLimit");
int64_t setMemoryLimit(int64_t in) {
    int64_t out = memoryLimit;
    if (in >= 0) {
        memoryLimit = in;
        gcControllerCommit();
    }
    return out;
}

// unixNanotime: the wall clock in ns since 1970 (MemStats.LastGC, PauseEnd).
static uint64_t unixNanotime(void) {
    int64_t sec, mono;
    int32_t nsec;
    timeNow(&sec, &nsec, &mono);
    return (uint64_t)(sec * 1000000000 + nsec);
}

// ---- stop the world (Go: proc.go) -----------------------------------------------
//
// Go's protocol: the stopper sets sched.gcwaiting and sched.stopwait (the
// Ps to stop), asks every running goroutine to stop (preemptall: its next
// prologue check or loop poll yields, and its M gives up the P in
// gcstopm), takes its own P, the idle Ps and those in system calls, and
// sleeps on sched.stopnote until the last running P has stopped.
// worldsema serializes the users of stop-the-world (a collection,
// runtime.GOMAXPROCS): whoever loses the race yields (or, inside mallocgc,
// just leaves the collection to the winner).

static uint32_t worldsema;
int32_t newprocs;   // runtime.GOMAXPROCS's new setting, applied by startTheWorldWithSema

static bool tryAcquireWorld(void) {
    uint32_t free = 0;
    return __atomic_compare_exchange_n(&worldsema, &free, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}
void acquireWorld(void) { while (!tryAcquireWorld()) Gosched(); }
void releaseWorld(void) { __atomic_store_n(&worldsema, 0, __ATOMIC_RELEASE); }

void stopTheWorldWithSema(void) {
    g *gp = getg();
    lock(&sched.lock);
    sched.stopwait = gomaxprocs;
    __atomic_store_n(&sched.gcwaiting, 1, __ATOMIC_RELEASE);
    preemptall();
    gp->m->p->status = _Pgcstop;   // diagnostic only, as in Go
    sched.stopwait--;
    for (int32_t i = 0; i < gomaxprocs; i++) {
        p *pp = allp[i];
        uint32_t s = _Psyscall;
        if (__atomic_compare_exchange_n(&pp->status, &s, _Pgcstop, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
            pp->syscalltick++;
            sched.stopwait--;
        }
    }
    // The idle Ps (procresize rebuilds the idle list when the world starts).
    while (sched.pidle != nil) {
        p *pp = sched.pidle;
        sched.pidle = pp->link;
        __atomic_sub_fetch(&sched.npidle, 1, __ATOMIC_SEQ_CST);
        pp->status = _Pgcstop;
        sched.stopwait--;
    }
    bool wait = sched.stopwait > 0;
    unlock(&sched.lock);
    if (wait) {
        for (;;) {
            // Wait 100 µs, then preempt again in case of races.
            if (notetsleep(&sched.stopnote, 100 * 1000)) {
                noteclear(&sched.stopnote);
                break;
            }
            preemptall();
        }
    }
    if (sched.stopwait != 0) throw("stopTheWorld: not stopped (stopwait != 0)");
    for (int32_t i = 0; i < gomaxprocs; i++)
        if (allp[i]->status != _Pgcstop) throw("stopTheWorld: not stopped (status != _Pgcstop)");
}

void startTheWorldWithSema(void) {
    m *mp = acquirem();   // we hold our P in a local
    lock(&sched.lock);
    int32_t procs = newprocs != 0 ? newprocs : gomaxprocs;
    newprocs = 0;
    p *p1 = procresize(procs);
    __atomic_store_n(&sched.gcwaiting, 0, __ATOMIC_RELEASE);
    wakesysmonLocked();
    unlock(&sched.lock);
    startPs(p1);   // an M for each P with work
    wakep();
    releasem(mp);
}

// ---- gctrace -----------------------------------------------------------------------------

// itoaDiv formats val/(10**dec) into buf (backwards), Go's helper.
static const uint8_t *itoaDiv(uint8_t *buf, go_int len, uint64_t val, int dec, go_int *n) {
    go_int i = len - 1, idec = i - dec;
    while (val >= 10 || i >= idec) {
        buf[i--] = (uint8_t)(val % 10 + '0');
        if (i == idec) buf[i--] = '.';
        val /= 10;
    }
    buf[i] = (uint8_t)(val + '0');
    *n = len - i;
    return buf + i;
}

// printNSAsMS prints ns in milliseconds with two significant digits (at
// most three decimals), or whole milliseconds from 10 ms on, as gctrace does.
static void printNSAsMS(uint64_t ns) {
    uint8_t buf[24];
    go_int n;
    const uint8_t *s;
    if (ns >= 10000000) {
        s = itoaDiv(buf, sizeof buf, ns / 1000000, 0, &n);
    } else {
        uint64_t x = ns / 1000;
        if (x == 0) { printstring(S("0")); return; }
        int dec = 3;
        for (; x >= 100; x /= 10) dec--;
        s = itoaDiv(buf, sizeof buf, x, dec, &n);
    }
    printstring(s, n);
}

typedef struct gcWorkTimes {
    int64_t tSweepTerm, tMark, tMarkTerm, tEnd;
    uint64_t heap0, heap1, heap2, heapGoal;
    bool userForced;
} gcWorkTimes;

static void gctrace(const gcWorkTimes *w) {
    uint8_t buf[24];
    go_int n;
    uint64_t elapsed = (uint64_t)(w->tEnd - runtimeInitTime);
    int64_t util = elapsed ? (int64_t)(memstats.gc_cpu_ns * 100 / (elapsed * (uint64_t)gomaxprocs)) : 0;
    printlock();
    printstring(S("gc "));
    printuint(memstats.numgc);
    printstring(S(" @"));
    const uint8_t *s = itoaDiv(buf, sizeof buf, (uint64_t)(w->tSweepTerm - runtimeInitTime) / 1000000, 3, &n);
    printstring(s, n);
    printstring(S("s "));
    printint(util);
    printstring(S("%: "));
    printNSAsMS((uint64_t)(w->tMark - w->tSweepTerm));
    printstring(S("+"));
    printNSAsMS((uint64_t)(w->tMarkTerm - w->tMark));
    printstring(S("+"));
    printNSAsMS((uint64_t)(w->tEnd - w->tMarkTerm));
    printstring(S(" ms clock, "));
    // CPU: sweep termination + assist/background/idle mark + mark termination.
    printNSAsMS((uint64_t)(w->tMark - w->tSweepTerm));
    printstring(S("+0/"));
    printNSAsMS((uint64_t)(w->tMarkTerm - w->tMark));
    printstring(S("/0+"));
    printNSAsMS((uint64_t)(w->tEnd - w->tMarkTerm));
    printstring(S(" ms cpu, "));
    printuint(w->heap0 >> 20);
    printstring(S("->"));
    printuint(w->heap1 >> 20);
    printstring(S("->"));
    printuint(w->heap2 >> 20);
    printstring(S(" MB, "));
    printuint(w->heapGoal >> 20);
    printstring(S(" MB goal, "));
    printuint(gcStackScan >> 20);
    printstring(S(" MB stacks, "));
    printuint(gcGlobalsScan >> 20);
    printstring(S(" MB globals, "));
    printint(gomaxprocs);
    printstring(S(" P"));
    if (w->userForced) printstring(S(" (forced)"));
    printstring(S("\n"));
    printunlock();
}

// ---- a cycle ------------------------------------------------------------------------------

// gcRun runs one whole cycle, on g0 (gcStart). Marking scans g0's stack
// from this frame; it must not be inlined, so that the frame lies below
// everything live on g0.
static __attribute__((noinline)) void gcRun(bool forced) {
    volatile go_uintptr frame = 0;   // the lowest live stack address of the caller's
    m *mp = getg()->m;
    gcWorkTimes w = {.userForced = forced};
    w.tSweepTerm = nanotime();
    stopTheWorldWithSema();
    mp->mallocing = 1;   // the collector itself must not allocate
    flushallmcaches();
    w.heap0 = w.heap1 = memstats.heap_live;
    w.heapGoal = gcHeapGoal;

    w.tMark = nanotime();
    gcMark((go_uintptr)&frame);

    w.tMarkTerm = nanotime();
    gcSweep();
    gcHeapMarked = w.heap2 = memstats.heap_live;
    gcControllerCommit();
    // Keep what the next cycle will grow into (the goal + 10%, Go's
    // retained-heap target), give the rest of the free pages back.
    mheap_scavenge(gcHeapGoal + gcHeapGoal / 10, false);
    w.tEnd = nanotime();

    uint64_t pause = (uint64_t)(w.tEnd - w.tSweepTerm);
    memstats.pause_ns[memstats.numgc % 256] = pause;
    uint64_t unixNow = unixNanotime();
    memstats.pause_end[memstats.numgc % 256] = unixNow;
    memstats.pause_total_ns += pause;
    memstats.gc_cpu_ns += pause * (uint64_t)gomaxprocs;
    memstats.last_gc = unixNow;
    memstats.numgc++;
    if (forced) memstats.numforcedgc++;
    mp->mallocing = 0;
    startTheWorldWithSema();
    if (debug.gctrace > 0) gctrace(&w);
}

static void gcRun_m(void *forced) { gcRun(forced != nil); }

// gcStart runs a collection if this is a safe point for one: a user
// goroutine, not inside the allocator or a runtime critical section, and
// no other M is collecting or stopping the world (then the allocation
// that asked goes on, and this goroutine stops when the world does).
// Reports whether it collected.
bool gcStart(bool forced) {
    g *gp = getg();
    m *mp = gp->m;
    if (gp == mp->g0 || mp->mallocing || mp->locks > 0 || mp->dying) return false;
    if (!tryAcquireWorld()) return false;
    // On g0, as Go's gcStart does (its stack is deep, a goroutine's may be
    // in its guard area): systemstack pushes the callee-saved registers,
    // which may hold the only reference to an object, below the sp it saves
    // in g.sched, from where the goroutine's stack is scanned.
    systemstack(gcRun_m, forced ? (void *)1 : nil);
    releaseWorld();
    return true;
}

// clearstack zeroes n bytes of the stack below the caller's frame. The
// stacks are scanned conservatively: a pointer that a returned callee left
// in its frame (runtime.SetFinalizer's argument, say) would otherwise
// survive in the uninitialised slots of the collector's own frames, which
// reuse that memory, and keep a dead object alive (Boehm's GC_clear_stack).
static __attribute__((noinline)) void clearstack(go_uintptr n) {
    volatile uint8_t buf[2048];
    g *gp = getg();
    if ((go_uintptr)buf < gp->stack.lo + STACK_GUARD || n > sizeof buf) return;
    for (go_uintptr i = 0; i < n; i++) buf[i] = 0;
}

// GC runs a full collection (runtime.GC), from a frame that holds nothing,
// then yields: gc's runtime.GC parks while marking and calls Gosched while
// it sweeps, so a goroutine looping on runtime.GC never starves the others.
void GC(void) {
    clearstack(2048);
    while (!gcStart(true)) Gosched();   // another M is collecting: a full cycle of our own follows
    Gosched();
}
