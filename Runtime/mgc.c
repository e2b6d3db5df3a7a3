// mgc.c: the garbage collector's driver and pacer. Go: runtime/mgc.go,
// mgcpacer.go.
//
// A stop-the-world, non-moving mark-sweep collector (DESIGN.md §3). A
// cycle, in Go's phase names:
//   1. sweep termination: stop the world; flush every mcache, so all spans
//      are on the mcentral lists;
//   2. mark (mgcmark.c): from the roots (globals, goroutine stacks) through
//      the heap;
//   3. mark termination: sweep every span (mgcsweep.c), set the next heap
//      goal, give unneeded free pages back to the OS (mheap.c's scavenger),
//      restart the world.
// mallocgc starts a cycle before an allocation once the heap reaches its
// goal: live heap after the last cycle (plus scanned stacks and globals)
// x (1 + GOGC/100), at least 4 MiB x GOGC/100. GOGC=off never collects.
// GODEBUG=gcstress=N collects before every Nth allocation (swiftgo's, for
// testing), gctrace=1 prints Go's line per cycle.
#include "malloc.h"

int32_t gcPercent GO_SYM("runtime.gcpercent");
uint64_t gcHeapGoal GO_SYM("runtime.gcController.heapGoal");
uint64_t gcHeapMarked GO_SYM("runtime.gcController.heapMarked");
uint64_t gcStressCount GO_SYM("runtime.gcStressCount");
extern uint64_t gcStackScan GO_SYM("runtime.gcController.stackScan");
extern uint64_t gcGlobalsScan GO_SYM("runtime.gcController.globalsScan");

#define defaultHeapMinimum ((uint64_t)4 << 20)
static uint64_t heapMinimum;
static bool gcRunning;

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
static void gcControllerCommit(void) {
    if (gcPercent < 0) { gcHeapGoal = ~(uint64_t)0; return; }
    uint64_t goal = gcHeapMarked +
        (gcHeapMarked + gcStackScan + gcGlobalsScan) * (uint64_t)gcPercent / 100;
    if (goal < heapMinimum) goal = heapMinimum;
    gcHeapGoal = goal;
}

// stopTheWorld brings every M to a safepoint. There is one M today and it
// is the caller: the other goroutines are parked with their registers on
// their stacks. With more Ms, this is where they will be preempted and
// waited for (sched.gcwaiting, as in Go).
static void stopTheWorld(void) { sched.gcwaiting = 1; }
static void startTheWorld(void) { sched.gcwaiting = 0; }

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
    gcRunning = true;
    stopTheWorld();
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
    mheap_scavenge(gcHeapGoal + gcHeapGoal / 10);
    w.tEnd = nanotime();

    uint64_t pause = (uint64_t)(w.tEnd - w.tSweepTerm);
    memstats.pause_ns[memstats.numgc % 256] = pause;
    memstats.pause_end[memstats.numgc % 256] = (uint64_t)w.tEnd;
    memstats.pause_total_ns += pause;
    memstats.gc_cpu_ns += pause * (uint64_t)gomaxprocs;
    memstats.last_gc = (uint64_t)w.tEnd;
    memstats.numgc++;
    if (forced) memstats.numforcedgc++;
    mp->mallocing = 0;
    startTheWorld();
    gcRunning = false;
    if (debug.gctrace > 0) gctrace(&w);
}

static void gcRun_m(void *forced) { gcRun(forced != nil); }

// gcStart runs a collection if this is a safe point for one: a user
// goroutine, not inside the allocator or a runtime critical section.
void gcStart(bool forced) {
    g *gp = getg();
    m *mp = gp->m;
    if (gcRunning || gp == mp->g0 || mp->mallocing || mp->locks > 0 || mp->dying) return;
    // On g0, as Go's gcStart does (its stack is deep, a goroutine's may be
    // in its guard area): systemstack pushes the callee-saved registers,
    // which may hold the only reference to an object, below the sp it saves
    // in g.sched, from where the goroutine's stack is scanned.
    systemstack(gcRun_m, forced ? (void *)1 : nil);
}

// GC runs a full collection (runtime.GC).
void GC(void) {
    gcStart(true);
}
