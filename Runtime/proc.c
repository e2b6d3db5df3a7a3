// proc.c: bootstrap and the goroutine scheduler. Go: runtime/proc.go.
//
// G-M-P as in Go (runtime2.h): GOMAXPROCS Ps, each with a 256-slot local
// run queue plus runnext; Ms are OS threads (newosproc: raw clone), each
// with its g0; a global run queue under sched.lock. An M runs goroutines
// only while it holds a P. When a goroutine becomes runnable and a P is
// idle, wakep starts a spinning M, which steals from the other Ps
// (findrunnable, stealWork); an M that finds nothing parks on its note
// (stopm) or, for one of them, sleeps until the earliest timer
// (sleepForTimers). sysmon, on an M of its own, retakes the Ps of long
// system calls and preempts goroutines that ran 10 ms (retake): the
// request (g.preempt, stackguard0 = STACK_PREEMPT) is honoured at the
// goroutine's next prologue check or loop poll. LockOSThread does not
// wire a goroutine to its thread (nothing here depends on thread identity).
//
// GODEBUG=inittrace=1 output (stderr), one line each:
//
//   Startup phases, buffered (only timestamps are taken while they run) and
//   printed together after main.main returns, so that printing costs no
//   phase any time (`swiftgo startup` checks that the phases add up to the
//   time to main.main); the first line gives the time base itself:
//     runtime: inittrace base NS ns
//     runtime: inittrace phase NAME @START ms, DUR ms clock
//   NS is CLOCK_MONOTONIC at the time base, in ns, so that a parent that
//   read the same clock before exec can tell how long exec took.
//   NAME is one of, in this order:
//     args osinit schedinit stackinit mallocinit mcommoninit goargs goenvs
//     parsedebugvars gcinit procresize newproc mstart runtime.main
//     main.main exit
//   The top-level phases (all but schedinit's sub-phases) are contiguous:
//   each starts at its predecessor's end (see topPhases), so they add up.
//   main.main runs from its call to its return; exit from there to the exit
//   system call (it includes printing these lines). A program that ends
//   by a panic prints no phase lines.
//   stackinit..procresize are sub-phases of schedinit (their intervals lie
//   inside schedinit's). START is the phase's start and DUR its length, both
//   in milliseconds with exactly 6 decimals (nanosecond resolution); START is
//   measured from the time base, the first thing rt0_go does (nanotime,
//   CLOCK_MONOTONIC). mstart runs from runtime.mstart to the first
//   instruction of runtime.main; runtime.main runs from just after the
//   phase lines above are printed to the call of main.main, so it includes
//   every package init (and the printing of their init lines).
//   Example: runtime: inittrace phase schedinit @0.021344 ms, 0.035120 ms clock
//
//   Package init tasks, gc's exact format (doInit), for every package with at
//   least one init function, in initialization order:
//     init PKGPATH @START ms, DUR ms clock, BYTES bytes, ALLOCS allocs
//   with START/DUR formatted by gc's fmtNSAsMS (two significant digits, at
//   most three decimals; whole ms from 10 ms on) and measured from the same
//   time base (gc measures from runtime.main's start instead).
#include "runtime.h"

g g0 GO_SYM("runtime.g0");
m m0 GO_SYM("runtime.m0");
schedt sched GO_SYM("runtime.sched");
p **allp GO_SYM("runtime.allp");
int32_t gomaxprocs GO_SYM("runtime.gomaxprocs");
int64_t runtimeInitTime GO_SYM("runtime.runtimeInitTime");   // the time base
bool mainStarted GO_SYM("runtime.mainStarted");
static m *allm;
g *allgs GO_SYM("runtime.allgs");   // every g ever created, in creation order
static g *allgsTail;

// mainPC is the funcval of runtime.main, for newproc in rt0_go.
const funcval mainPC GO_SYM("runtime.mainPC") = {runtime_main};

#define _MaxGomaxprocs  1024
#define _GoidCacheBatch 16

// ---- inittrace phases --------------------------------------------------------

static struct { const char *name; int64_t start, end; } phases[nphase] = {
    [phaseArgs] = {.name = "args"}, [phaseOsinit] = {.name = "osinit"},
    [phaseSchedinit] = {.name = "schedinit"}, [phaseStackinit] = {.name = "stackinit"},
    [phaseMallocinit] = {.name = "mallocinit"}, [phaseMcommoninit] = {.name = "mcommoninit"},
    [phaseGoargs] = {.name = "goargs"}, [phaseGoenvs] = {.name = "goenvs"},
    [phaseParsedebugvars] = {.name = "parsedebugvars"}, [phaseGcinit] = {.name = "gcinit"},
    [phaseProcresize] = {.name = "procresize"}, [phaseNewproc] = {.name = "newproc"},
    [phaseMstart] = {.name = "mstart"}, [phaseMain] = {.name = "runtime.main"},
    [phaseMainMain] = {.name = "main.main"}, [phaseExit] = {.name = "exit"},
};

// The top-level phases, in order. Each one starts where its predecessor
// ended (one clock read per boundary), so they partition the time from
// args to exit with no gaps: the call glue and the clock reads belong to
// a phase instead of vanishing between two (they were ~5 % of hello
// world's time to main.main). schedinit's sub-phases keep their own reads.
static const int8_t topPhases[] = {phaseArgs, phaseOsinit, phaseSchedinit,
    phaseNewproc, phaseMstart, phaseMain, phaseMainMain, phaseExit};

static int64_t chainedStart(int32_t id) {
    for (uint32_t i = 1; i < sizeof topPhases; i++)
        if (topPhases[i] == id) return phases[topPhases[i - 1]].end;
    return 0;
}

// Only the first occurrence of a phase is recorded (newproc runs often).
void inittracePhaseBegin(int32_t id) {
    if (phases[id].start != 0) return;
    int64_t t = chainedStart(id);
    phases[id].start = t != 0 ? t : nanotime();
}
void inittracePhaseEnd(int32_t id) {
    if (phases[id].end == 0) phases[id].end = nanotime();
}

// printms prints ns as milliseconds with six decimals.
static void printms(int64_t ns) {
    if (ns < 0) { printcstr("-"); ns = -ns; }
    printint(ns / 1000000);
    printcstr(".");
    uint8_t frac[6];
    int64_t f = ns % 1000000;
    for (int i = 5; i >= 0; i--) { frac[i] = (uint8_t)('0' + f % 10); f /= 10; }
    gwrite(frac, 6);
}

static void printphase(int32_t id) {
    printcstr("runtime: inittrace phase ");
    printcstr(phases[id].name);
    printcstr(" @");
    printms(phases[id].start - runtimeInitTime);
    printcstr(" ms, ");
    printms(phases[id].end - phases[id].start);
    printcstr(" ms clock\n");
}

// ---- bootstrap ---------------------------------------------------------------

// ticks: the cputicks/nanotime pair at startup, from which the tick rate is
// derived when something needs it (tip's ticks.init; no calibration sleep).
struct { int64_t startTicks, startTime; } ticks GO_SYM("runtime.ticks");

static void mcommoninit(m *mp, int64_t id);

// schedinit: the bootstrap sequence, in Go's order. The calling M is m0.
void schedinit(void) {
    inittracePhaseBegin(phaseSchedinit);
    g *gp = getg();
    sched.maxmcount = 10000;
    ticks.startTicks = cputicks();
    ticks.startTime = nanotime();

#define PHASE(id, call) do { inittracePhaseBegin(id); call; inittracePhaseEnd(id); } while (0)
    PHASE(phaseStackinit, stackinit());
    PHASE(phaseMallocinit, mallocinit());
    PHASE(phaseMcommoninit, mcommoninit(gp->m, -1));
    PHASE(phaseGoargs, goargs());
    PHASE(phaseGoenvs, goenvs());
    PHASE(phaseParsedebugvars, parsedebugvars());
    PHASE(phaseGcinit, gcinit());

    int32_t procs = ncpu, n;
    if (atoi32(gogetenv(S("GOMAXPROCS")), &n) && n > 0) procs = n;
    if (procs > _MaxGomaxprocs) procs = _MaxGomaxprocs;
    p *runnable;
    PHASE(phaseProcresize, runnable = procresize(procs));
    if (runnable != nil) throw("unknown runnable goroutine during bootstrap");
#undef PHASE
    inittracePhaseEnd(phaseSchedinit);
}

// mReserveID returns the next M id (Go's ids start at 0 for m0).
static int64_t mReserveID(void) {
    if (sched.mnext + 1 > sched.maxmcount) throw("thread exhaustion");
    return sched.mnext++;
}

// mcommoninit: the per-M setup shared by m0 and (later) new threads. The
// signal-handling g (gsignal) comes with signal handling.
static void mcommoninit(m *mp, int64_t id) {
    mp->id = id < 0 ? mReserveID() : id;
    uint32_t seed = 0;
    if (startupRandomData != nil)
        memmove(&seed, startupRandomData, sizeof seed);   // AT_RANDOM bytes
    mp->fastrand[0] = (uint32_t)(mp->id * 0x9E3779B1u) ^ seed;
    mp->fastrand[1] = (uint32_t)ticks.startTicks | 1;
    mp->alllink = allm;
    allm = mp;
}

// ---- Ms ---------------------------------------------------------------------

static int32_t mcount(void) { return (int32_t)sched.mnext; }

// allocm makes an M (not yet running): its g0 with a stack of its own,
// mapped outside the heap (the collector never scans other Ms' g0s).
static m *allocm(void (*fn)(void), int64_t id) {
    m *mp = mallocgc(sizeof(m), nil, true);
    mp->mstartfn = fn;
    void *stk = sysAlloc(G0_STACK_SIZE, &memstats.stacks_sys);
    if (stk == nil) throw("runtime: cannot allocate memory for a thread's stack");
    g *g0p = mallocgc(sizeof(g), nil, true);
    g0p->stack = (stack){(go_uintptr)stk, (go_uintptr)stk + G0_STACK_SIZE};
    g0p->stackguard0 = g0p->stack.lo + STACK_GUARD;
    g0p->stackguard1 = g0p->stackguard0;
    g0p->m = mp;
    mp->g0 = g0p;
    mp->g0stack = (go_uintptr)stk;
    lock(&sched.lock);
    mcommoninit(mp, id);
    unlock(&sched.lock);
    return mp;
}

// newm creates a new M, an OS thread, that will start with pp (or run fn
// and never take a P, like sysmon).
static void newm(void (*fn)(void), p *pp, int64_t id) {
    m *mp = allocm(fn, id);
    mp->nextp = pp;
    newosproc(mp);
}

// mput puts mp on the idle list (sched.lock held); the last M to go idle
// is where a deadlock shows, so checkdead runs here.
static void checkdead(void);
static void mput(m *mp) {
    mp->schedlink = sched.midle;
    sched.midle = mp;
    sched.nmidle++;
    checkdead();
}

static m *mget(void) {
    m *mp = sched.midle;
    if (mp != nil) {
        sched.midle = mp->schedlink;
        sched.nmidle--;
    }
    return mp;
}

static void acquirep(p *pp);

// stopm parks the current M (it holds no P) until startm hands it one.
static void stopm(void) {
    m *mp = getg()->m;
    if (mp->locks != 0) throw("stopm holding locks");
    if (mp->p != nil) throw("stopm holding p");
    if (mp->spinning) throw("stopm spinning");
    lock(&sched.lock);
    mput(mp);
    unlock(&sched.lock);
    notesleep(&mp->park);
    noteclear(&mp->park);
    acquirep(mp->nextp);
    mp->nextp = nil;
}

// mspinning: a new M started to look for work counts as spinning.
static void mspinning(void) { getg()->m->spinning = true; }

// startm runs pp (an idle P if nil) on an idle M, or on a new one. With
// spinning, the caller already counted the M in sched.nmspinning.
static p *pidleget(void);
static void startm(p *pp, bool spinning) {
    m *mp = acquirem();
    lock(&sched.lock);
    if (pp == nil) {
        pp = pidleget();
        if (pp == nil) {
            unlock(&sched.lock);
            if (spinning && __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
                throw("startm: negative nmspinning");
            releasem(mp);
            return;
        }
    }
    m *nmp = mget();
    if (nmp == nil) {
        int64_t id = mReserveID();
        unlock(&sched.lock);
        newm(spinning ? mspinning : nil, pp, id);
        releasem(mp);
        return;
    }
    unlock(&sched.lock);
    if (nmp->spinning) throw("startm: m is spinning");
    if (nmp->nextp != nil) throw("startm: m has p");
    nmp->spinning = spinning;
    nmp->nextp = pp;
    notewakeup(&nmp->park);
    releasem(mp);
}

// casSpinning: claim the role of the one spinning M being started (0 -> 1).
static bool casSpinning(void) {
    int32_t zero = 0;
    return __atomic_compare_exchange_n(&sched.nmspinning, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

// wakep starts a spinning M for an idle P, unless one is looking already:
// called when a goroutine becomes runnable.
void wakep(void) {
    if (__atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) == 0) return;
    if (__atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) != 0 || !casSpinning()) return;
    startm(nil, true);
}

static bool runqempty(p *pp);
static void pidleput(p *pp);

// handoffp: pp's M is blocked in a system call or stopping; find pp a
// new M if it has work, else make it idle.
static void handoffp(p *pp) {
    if (!runqempty(pp) || __atomic_load_n(&sched.runqsize, __ATOMIC_SEQ_CST) != 0) {
        startm(pp, false);
        return;
    }
    if (__atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) + __atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) == 0 &&
        casSpinning()) {
        startm(pp, true);
        return;
    }
    lock(&sched.lock);
    if (sched.gcwaiting) {
        pp->status = _Pgcstop;
        if (--sched.stopwait == 0) notewakeup(&sched.stopnote);
        unlock(&sched.lock);
        return;
    }
    if (sched.runqsize != 0) {
        unlock(&sched.lock);
        startm(pp, false);
        return;
    }
    int64_t when = nobarrierWakeTime(pp);
    pidleput(pp);
    unlock(&sched.lock);
    if (when != 0) wakeNetPoller(when);
}

// ---- Ps ---------------------------------------------------------------------

// pidleput/pidleget: the idle P list (sched.lock held).
static void pidleput(p *pp) {
    if (!runqempty(pp)) throw("pidleput: P has non-empty run queue");
    pp->status = _Pidle;
    pp->link = sched.pidle;
    sched.pidle = pp;
    __atomic_add_fetch(&sched.npidle, 1, __ATOMIC_SEQ_CST);
}

static p *pidleget(void) {
    p *pp = sched.pidle;
    if (pp != nil) {
        sched.pidle = pp->link;
        __atomic_sub_fetch(&sched.npidle, 1, __ATOMIC_SEQ_CST);
    }
    return pp;
}

// wirep/acquirep: associate pp with the current M.
static void acquirep(p *pp) {
    m *mp = getg()->m;
    if (mp->p != nil || (pp->m != nil && pp->m != mp) || pp->status != _Pidle)
        throw("wirep: invalid p state");
    mp->p = pp;
    pp->m = mp;
    pp->status = _Prunning;
}

// releasep disassociates the current M from its P.
static p *releasep(void) {
    m *mp = getg()->m;
    p *pp = mp->p;
    if (pp == nil || pp->m != mp || pp->status != _Prunning) throw("releasep: invalid p state");
    mp->p = nil;
    pp->m = nil;
    pp->status = _Pidle;
    return pp;
}

static bool runqempty(p *pp) {
    // The tail is read twice around runnext, as Go does, so that a g moving
    // from runnext to the ring in between is not missed.
    for (;;) {
        uint32_t head = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t tail = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
        g *next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
        if (tail == __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE))
            return head == tail && next == nil;
    }
}

static void globrunqput(g *gp);

// procresize changes the number of Ps to nprocs (the world is stopped, or
// it is bootstrap). Growing re-uses the old Ps; shrinking moves their
// local work to the global queue. The current M keeps its P if it
// survives, else takes allp[0]. Returns the Ps with local work other than
// the current one, for the caller to start Ms on.
p *procresize(int32_t nprocs) {
    int32_t old = gomaxprocs;
    if (nprocs <= 0) throw("procresize: invalid arg");
    if (nprocs > old) {
        p **na = mallocgc((go_uintptr)nprocs * sizeof(p *), nil, true);
        for (int32_t i = 0; i < old; i++) na[i] = allp[i];
        for (int32_t i = old; i < nprocs; i++) {
            p *pp = mallocgc(sizeof(p), nil, true);
            pp->id = i;
            pp->status = _Pgcstop;
            na[i] = pp;
        }
        allp = na;
    }
    for (int32_t i = nprocs; i < old; i++) {   // destroy the Ps beyond nprocs
        p *pp = allp[i];
        if (pp->timers.len > 0) moveTimers(allp[0], pp);   // allp[0] always survives
        while (!runqempty(pp)) {
            g *gp = pp->runnext;
            if (gp != nil) pp->runnext = nil;
            else gp = pp->runq[pp->runqhead++ % RUNQ_SIZE];
            globrunqput(gp);
        }
        pp->status = _Pdead;
    }
    g *gp = getg();
    if (gp->m->p != nil && gp->m->p->id < nprocs) {
        gp->m->p->status = _Prunning;
    } else {
        if (gp->m->p != nil) { gp->m->p->m = nil; gp->m->p = nil; }
        p *pp = allp[0];
        pp->m = nil;
        pp->status = _Pidle;
        acquirep(pp);
    }
    sched.pidle = nil;
    sched.npidle = 0;
    p *runnablePs = nil;
    for (int32_t i = nprocs - 1; i >= 0; i--) {
        p *pp = allp[i];
        if (gp->m->p == pp) continue;
        pp->m = nil;
        if (runqempty(pp)) {
            pidleput(pp);
        } else {
            pp->status = _Pidle;
            pp->link = runnablePs;
            runnablePs = pp;
        }
    }
    __atomic_store_n(&gomaxprocs, nprocs, __ATOMIC_SEQ_CST);
    return runnablePs;
}

// startPs starts an M for each P procresize returned with work.
void startPs(p *runnablePs) {
    while (runnablePs != nil) {
        p *pp = runnablePs;
        runnablePs = pp->link;
        pp->link = nil;
        startm(pp, false);
    }
}

// ---- run queues -------------------------------------------------------------
//
// A P's ring is written only by its owner (runqput at the tail) and read
// from the head by the owner and by stealing Ms, which claim slots with a
// CAS on runqhead; runnext is claimed by CAS too. The global queue and
// the global free list are under sched.lock.

static void globrunqput(g *gp) {
    gp->schedlink = nil;
    if (sched.runq.tail != nil) sched.runq.tail->schedlink = gp;
    else sched.runq.head = gp;
    sched.runq.tail = gp;
    __atomic_add_fetch(&sched.runqsize, 1, __ATOMIC_SEQ_CST);
}

static g *globrunqpop(void) {
    g *gp = sched.runq.head;
    if (gp == nil) return nil;
    sched.runq.head = gp->schedlink;
    if (sched.runq.head == nil) sched.runq.tail = nil;
    gp->schedlink = nil;
    __atomic_sub_fetch(&sched.runqsize, 1, __ATOMIC_SEQ_CST);
    return gp;
}

// runqputslow moves half of pp's full ring plus gp to the global queue;
// false if a stealer took some meanwhile (then the ring has room).
static bool runqputslow(p *pp, g *gp, uint32_t h, uint32_t t) {
    enum { n = RUNQ_SIZE / 2 };
    if ((t - h) / 2 != n) throw("runqputslow: queue is not full");
    g *batch[n];
    for (uint32_t i = 0; i < n; i++) batch[i] = pp->runq[(h + i) % RUNQ_SIZE];
    if (!__atomic_compare_exchange_n(&pp->runqhead, &h, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
        return false;
    lock(&sched.lock);
    for (uint32_t i = 0; i < n; i++) globrunqput(batch[i]);
    globrunqput(gp);
    unlock(&sched.lock);
    return true;
}

// runqput puts gp on pp's local queue. With next, gp goes into runnext
// and the g it displaces goes to the tail, as in Go.
static void runqput(p *pp, g *gp, bool next) {
    if (next) {
        g *old = __atomic_exchange_n(&pp->runnext, gp, __ATOMIC_ACQ_REL);
        if (old == nil) return;
        gp = old;
    }
    for (;;) {
        uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t t = pp->runqtail;
        if (t - h < RUNQ_SIZE) {
            pp->runq[t % RUNQ_SIZE] = gp;
            __atomic_store_n(&pp->runqtail, t + 1, __ATOMIC_RELEASE);
            return;
        }
        if (runqputslow(pp, gp, h, t)) return;
    }
}

// runqget takes runnext first (inheriting the time slice), then the ring.
static g *runqget(p *pp, bool *inheritTime) {
    g *next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
    if (next != nil && __atomic_compare_exchange_n(&pp->runnext, &next, nil, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
        *inheritTime = true;
        return next;
    }
    *inheritTime = false;
    for (;;) {
        uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t t = pp->runqtail;
        if (t == h) return nil;
        g *gp = pp->runq[h % RUNQ_SIZE];
        if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + 1, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
            return gp;
    }
}

// runqgrab claims half of pp's ring into batch (a ring of RUNQ_SIZE,
// from batchHead), or its runnext if the ring is empty and stealRunNext.
static uint32_t runqgrab(p *pp, g **batch, uint32_t batchHead, bool stealRunNext) {
    for (;;) {
        uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            if (!stealRunNext) return 0;
            g *next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
            if (next == nil) return 0;
            // The owner is probably about to run it (it readied it and is
            // about to block): give it a moment, as Go does.
            if (__atomic_load_n(&pp->status, __ATOMIC_ACQUIRE) == _Prunning) usleep(3);
            if (!__atomic_compare_exchange_n(&pp->runnext, &next, nil, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
                continue;
            batch[batchHead % RUNQ_SIZE] = next;
            return 1;
        }
        if (n > RUNQ_SIZE / 2) continue;   // read inconsistent h and t
        for (uint32_t i = 0; i < n; i++)
            batch[(batchHead + i) % RUNQ_SIZE] = __atomic_load_n(&pp->runq[(h + i) % RUNQ_SIZE], __ATOMIC_RELAXED);
        if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
            return n;
    }
}

// runqsteal moves half of p2's work to pp's ring and returns one g.
static g *runqsteal(p *pp, p *p2, bool stealRunNext) {
    uint32_t t = pp->runqtail;
    uint32_t n = runqgrab(p2, pp->runq, t, stealRunNext);
    if (n == 0) return nil;
    n--;
    g *gp = pp->runq[(t + n) % RUNQ_SIZE];
    if (n == 0) return gp;
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    if (t - h + n >= RUNQ_SIZE) throw("runqsteal: runq overflow");
    __atomic_store_n(&pp->runqtail, t + n, __ATOMIC_RELEASE);
    return gp;
}

// globrunqget takes a fair share of the global queue (at most max if
// max > 0): returns one g and puts the rest on pp's local queue.
// sched.lock held.
static g *globrunqget(p *pp, int32_t max) {
    if (sched.runqsize == 0) return nil;
    int32_t n = sched.runqsize / gomaxprocs + 1;
    if (n > sched.runqsize) n = sched.runqsize;
    if (max > 0 && n > max) n = max;
    if (n > RUNQ_SIZE / 2) n = RUNQ_SIZE / 2;
    g *gp = globrunqpop();
    for (n--; n > 0; n--) runqput(pp, globrunqpop(), false);
    return gp;
}

static g *globrunqgetLocked(p *pp, int32_t max) {
    if (__atomic_load_n(&sched.runqsize, __ATOMIC_SEQ_CST) == 0) return nil;
    lock(&sched.lock);
    g *gp = globrunqget(pp, max);
    unlock(&sched.lock);
    return gp;
}

// ---- goroutines ---------------------------------------------------------------

static void allgadd(g *gp) {
    gp->alllink = nil;
    lock(&sched.allglock);
    if (allgsTail != nil) __atomic_store_n(&allgsTail->alllink, gp, __ATOMIC_RELEASE);
    else __atomic_store_n(&allgs, gp, __ATOMIC_RELEASE);
    allgsTail = gp;
    unlock(&sched.allglock);
}

// malg allocates a g with its first stack segment (stack.c).
static g *malg(void) {
    g *newg = mallocgc(sizeof(g), nil, true);
    newg->stack = stackfirst();
    newg->stackguard0 = newg->stack.lo + STACK_GUARD;
    // C code never runs a stack check against stackguard1 on user gs.
    newg->stackguard1 = ~(go_uintptr)0;
    return newg;
}

// gfput/gfget: dead gs keep their first stack segment (the others went
// back in goexit0) and are reused by newproc.
// Beyond 64 local ones, half go to the global list.
static void gfput(p *pp, g *gp) {
    if (gp->atomicstatus != _Gdead) throw("gfput: bad status (not Gdead)");
    gp->schedlink = pp->gFree;
    pp->gFree = gp;
    pp->gFreeN++;
    if (pp->gFreeN >= 64) {
        lock(&sched.lock);
        while (pp->gFreeN >= 32) {
            g *x = pp->gFree;
            pp->gFree = x->schedlink;
            pp->gFreeN--;
            x->schedlink = sched.gFree;
            sched.gFree = x;
        }
        unlock(&sched.lock);
    }
}

static g *gfget(p *pp) {
    if (pp->gFree == nil && __atomic_load_n(&sched.gFree, __ATOMIC_RELAXED) != nil) {
        lock(&sched.lock);
        for (int i = 0; i < 32 && sched.gFree != nil; i++) {
            g *x = sched.gFree;
            sched.gFree = x->schedlink;
            x->schedlink = pp->gFree;
            pp->gFree = x;
            pp->gFreeN++;
        }
        unlock(&sched.lock);
    }
    g *gp = pp->gFree;
    if (gp == nil) return nil;
    pp->gFree = gp->schedlink;
    pp->gFreeN--;
    gp->schedlink = nil;
    return gp;
}

// newproc1 creates a runnable g that will run fn (with fn as its closure
// context) and, when fn returns, land in goexit.
static g *newproc1(const funcval *fn, g *callergp) {
    (void)callergp;
    if (fn == nil) throw("go of nil func value");
    m *mp = acquirem();   // Go: disable preemption, we hold p in a local
    p *pp = mp->p;
    g *newg = gfget(pp);
    if (newg == nil) {
        newg = malg();
        newg->atomicstatus = _Gdead;
        allgadd(newg);   // publish with a g->status of Gdead
    }
    if (newg->stack.hi == 0) throw("newproc1: newg missing stack");
    if (newg->atomicstatus != _Gdead) throw("newproc1: new g is not Gdead");

    go_uintptr sp = newg->stack.hi & ~(go_uintptr)15;
    memclrNoHeapPointers(&newg->sched, sizeof newg->sched);
    // gostartcall: make it look as if goexit called fn.
#if defined(__x86_64__)
    // Push goexit+1 (after its 1-byte NOP, at the CALL goexit1) as fn's return
    // address; sp % 16 == 8 at function entry, as the ABI requires.
    sp -= 8;
    *(go_uintptr *)sp = (go_uintptr)&goexit + 1;
#else
    // arm64 returns through the link register: goexit + 4 (past its NOP).
    newg->sched.lr = (go_uintptr)&goexit + 4;
#endif
    newg->sched.sp = sp;
    newg->sched.pc = (go_uintptr)fn->fn;
    newg->sched.g = newg;
    newg->sched.ctxt = (void *)fn;   // closure context → LLVM's nest register
    newg->startfn = fn;
    newg->stackguard0 = newg->stack.lo + STACK_GUARD;
    newg->syscallsp = 0;
    newg->preempt = false;

    if (pp->goidcache == pp->goidcacheend) {
        // Sched.goidgen is the last allocated id; this batch is
        // [goidgen+1, goidgen+_GoidCacheBatch]. Start at 1: goid 1 is main.
        pp->goidcache = __atomic_add_fetch(&sched.goidgen, _GoidCacheBatch, __ATOMIC_SEQ_CST);
        pp->goidcache -= _GoidCacheBatch - 1;
        pp->goidcacheend = pp->goidcache + _GoidCacheBatch;
    }
    newg->goid = (int64_t)pp->goidcache++;
    __atomic_store_n(&newg->atomicstatus, _Grunnable, __ATOMIC_RELEASE);
    releasem(mp);
    return newg;
}

// newproc implements `go fn()`: the new g goes into runnext, so it runs as
// soon as the current g yields, and an idle P gets an M to steal work.
void newproc(const funcval *fn) {
    inittracePhaseBegin(phaseNewproc);
    g *gp = getg();
    g *newg = newproc1(fn, gp);
    runqput(gp->m->p, newg, true);
    if (mainStarted) wakep();
    inittracePhaseEnd(phaseNewproc);
}

// ---- the scheduler ----------------------------------------------------------

// checkdead (sched.lock held) runs when an M goes idle: if no M is running
// Go code any more, every goroutine is blocked, and only a timer can still
// wake one (no network poller yet): while a live timer exists anywhere,
// the program is not dead (gc: a program whose goroutines all sleep is
// not deadlocked). Timers already stopped do not count: nothing can start
// them again.
static void checkdead(void) {
    int32_t run = mcount() - sched.nmidle - sched.nmidlelocked - sched.nmsys;
    // The M waiting for the earliest timer is idle too (gc's runs no Go
    // code either: sysmon starts one when a timer is due). The timers
    // below decide; without this, a wait for a stopped timer would hide
    // a deadlock.
    if (__atomic_load_n(&sched.timerm, __ATOMIC_SEQ_CST) != nil) run--;
    if (run > 0) return;
    if (run < 0) throw("checkdead: inconsistent counts");
    int32_t waiting = 0;
    for (g *gp = allgs; gp != nil; gp = gp->alllink) {
        if (isSystemGoroutine(gp)) continue;
        uint32_t s = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE);
        if (s == _Gwaiting || s == _Gpreempted) waiting++;
        else if (s == _Grunnable || s == _Grunning || s == _Gsyscall) throw("checkdead: runnable g");
    }
    if (waiting == 0) {   // main called runtime.Goexit, and every other goroutine ended
        unlock(&sched.lock);
        throw("no goroutines (main called runtime.Goexit) - deadlock!");
    }
    for (int32_t i = 0; i < gomaxprocs; i++) {
        p *pp = allp[i];
        if (__atomic_load_n(&pp->numTimers, __ATOMIC_SEQ_CST) >
            __atomic_load_n(&pp->deletedTimers, __ATOMIC_SEQ_CST))
            return;
    }
    unlock(&sched.lock);
    throw("all goroutines are asleep - deadlock!");
}

// timeSleepUntil: when the earliest timer of any P is due, 0 if none.
static int64_t timeSleepUntil(void) {
    int64_t next = 0;
    for (int32_t i = 0; i < gomaxprocs; i++) {
        int64_t w = nobarrierWakeTime(allp[i]);
        if (w != 0 && (next == 0 || w < next)) next = w;
    }
    return next;
}

// sleepForTimers: this M (it holds no P) is the one that waits for the
// earliest timer (Go's M blocked in netpoll(delay)): it publishes itself
// in sched.timerm, so that a timer added meanwhile for an earlier time can
// wake it (wakeNetPoller, time.c), and sleeps on m.park until then. False
// if another M waits already or no timer is pending.
// unregisterTimerM takes mp out of sched.timerm, unless a waker has
// claimed it already (then its notewakeup is on the way). Only a CAS of mp
// itself: another M may have registered since a waker claimed mp.
static bool unregisterTimerM(m *mp) {
    m *self = mp;
    return __atomic_compare_exchange_n(&sched.timerm, &self, nil, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

static bool sleepForTimers(void) {
    m *mp = getg()->m;
    m *none = nil;
    noteclear(&mp->park);
    if (!__atomic_compare_exchange_n(&sched.timerm, &none, mp, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
        return false;
    // This M now counts as idle for checkdead (see there): if it was the
    // last one running, the deadlock check is ours.
    lock(&sched.lock);
    checkdead();
    unlock(&sched.lock);
    // Timers added before we published ourselves are seen here; later ones wake us.
    int64_t pollUntil = timeSleepUntil(), now = nanotime();
    if (pollUntil == 0) {
        if (!unregisterTimerM(mp)) notesleep(&mp->park);   // a waker claimed us: take its wakeup
        noteclear(&mp->park);
        return false;
    }
    __atomic_store_n(&sched.pollUntil, pollUntil, __ATOMIC_SEQ_CST);
    if (pollUntil > now) notetsleep(&mp->park, pollUntil - now);
    __atomic_store_n(&sched.pollUntil, 0, __ATOMIC_SEQ_CST);
    // If a waker took sched.timerm, its notewakeup is on the way: take
    // it before the note is cleared for the next sleep.
    if (!unregisterTimerM(mp)) notesleep(&mp->park);
    noteclear(&mp->park);
    return true;
}

// gcstopm stops the current M for a stop-the-world, giving up its P.
static void gcstopm(void) {
    m *mp = getg()->m;
    if (!__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE)) throw("gcstopm: not waiting for gc");
    if (mp->spinning) {
        mp->spinning = false;
        __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
    }
    p *pp = releasep();
    lock(&sched.lock);
    pp->status = _Pgcstop;
    if (--sched.stopwait == 0) notewakeup(&sched.stopnote);
    unlock(&sched.lock);
    stopm();
}

// stealWork: four rounds over the other Ps in random order: steal half of
// a run queue (in the last round, runnext too, and run the timers of a P
// whose M is busy). Reports when timers ran (newWork: start over).
static g *stealWork(int64_t now, int64_t *pollUntil, bool *newWork) {
    p *pp = getg()->m->p;
    *newWork = false;
    int32_t n = gomaxprocs;
    for (int i = 0; i < 4; i++) {
        bool lastRound = i == 3;
        uint32_t start = fastrand() % (uint32_t)n;
        for (int32_t k = 0; k < n; k++) {
            if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE)) { *newWork = true; return nil; }
            p *p2 = allp[(start + (uint32_t)k) % (uint32_t)n];
            if (p2 == pp) continue;
            if (lastRound && nobarrierWakeTime(p2) != 0) {
                int64_t w;
                bool ran = checkTimers(p2, now, &now, &w);
                if (w != 0 && (*pollUntil == 0 || w < *pollUntil)) *pollUntil = w;
                if (ran) {
                    bool inherit;
                    g *gp = runqget(pp, &inherit);
                    if (gp != nil) return gp;
                    *newWork = true;
                }
            }
            if (__atomic_load_n(&p2->status, __ATOMIC_ACQUIRE) != _Pidle) {
                g *gp = runqsteal(pp, p2, lastRound);
                if (gp != nil) return gp;
            }
        }
    }
    return nil;
}

// resetspinning: a spinning M found work. If it was the last spinning
// one, start another, so there is always one looking while Ps are idle.
static void resetspinning(void) {
    m *mp = getg()->m;
    mp->spinning = false;
    if (__atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
        throw("findrunnable: negative nmspinning");
    wakep();
}

// findrunnable: due timers first (they may ready goroutines), then the
// local queue, then the global queue (every 61st tick the global queue
// goes first, so it cannot starve), then stealing. With nothing to run
// the M gives up its P and either waits for the next timer or parks.
static g *findrunnable(bool *inheritTime) {
    m *mp = getg()->m;
top:;
    p *pp = mp->p;
    if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE)) {
        gcstopm();
        goto top;
    }
    *inheritTime = false;
    int64_t now, pollUntil;
    checkTimers(pp, 0, &now, &pollUntil);
    // The finalizer goroutine, when the collector queued work for it.
    g *fg = wakefing();
    if (fg != nil) goready(fg);   // into runnext, as Go's ready(gp, 0, true)
    g *gp;
    if (pp->schedtick % 61 == 0 && (gp = globrunqgetLocked(pp, 1)) != nil) return gp;
    if ((gp = runqget(pp, inheritTime)) != nil) return gp;
    if ((gp = globrunqgetLocked(pp, 0)) != nil) return gp;

    // Steal, unless half the busy Ps have a spinning M looking already.
    int32_t busy = gomaxprocs - __atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST);
    if (mp->spinning || 2 * __atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) < busy) {
        if (!mp->spinning) {
            mp->spinning = true;
            __atomic_add_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
        }
        bool newWork;
        gp = stealWork(now, &pollUntil, &newWork);
        if (gp != nil) return gp;
        if (newWork) goto top;
    }

    // Nothing: give up the P.
    lock(&sched.lock);
    if (sched.gcwaiting || sched.runqsize != 0) {
        unlock(&sched.lock);
        goto top;
    }
    releasep();
    pidleput(pp);
    unlock(&sched.lock);
    if (mp->spinning) {
        mp->spinning = false;
        if (__atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST) < 0)
            throw("findrunnable: negative nmspinning");
        // Work may have been readied between our last look and the
        // decrement (its readier saw us spinning and started nobody):
        // look once more.
        for (int32_t i = 0; i < gomaxprocs; i++) {
            if (runqempty(allp[i])) continue;
            lock(&sched.lock);
            p *p2 = pidleget();
            unlock(&sched.lock);
            if (p2 != nil) {
                acquirep(p2);
                mp->spinning = true;
                __atomic_add_fetch(&sched.nmspinning, 1, __ATOMIC_SEQ_CST);
                goto top;
            }
            break;
        }
    }
    if (sleepForTimers()) {
        lock(&sched.lock);
        p *p2 = pidleget();
        unlock(&sched.lock);
        if (p2 != nil) {
            acquirep(p2);
            goto top;
        }
    }
    stopm();
    goto top;
}

// execute runs gp on the current M. Unless it inherits the previous g's
// time slice (runnext), it counts as a new scheduling tick.
static GO_NORETURN void execute(g *gp, bool inheritTime) {
    m *mp = getg()->m;
    mp->curg = gp;
    gp->m = mp;
    __atomic_store_n(&gp->atomicstatus, _Grunning, __ATOMIC_RELEASE);
    gp->syscallsp = 0;
    gp->preempt = false;
    gp->stackguard0 = gp->stack.lo + STACK_GUARD;
    if (!inheritTime) mp->p->schedtick++;
    gogo(&gp->sched);
}

// schedule: one round of the scheduler, on g0. Never returns.
void schedule(void) {
    m *mp = getg()->m;
    if (mp->locks != 0) throw("schedule: holding locks");
    if (getg() != mp->g0) throw("schedule: not on g0");
    bool inheritTime;
    g *gp = findrunnable(&inheritTime);
    if (mp->spinning) resetspinning();
    execute(gp, inheritTime);
}

// dropg: the current M stops running its g.
static void dropg(g *gp) {
    getg()->m->curg = nil;
    gp->m = nil;
}

// goexit0 (on g0): gp's function returned; recycle it and schedule.
static void goexit0(g *gp) {
    m *mp = getg()->m;
    __atomic_store_n(&gp->atomicstatus, _Gdead, __ATOMIC_RELEASE);
    gp->lockedm = nil;
    gp->startfn = nil;
    gp->schedlink = nil;
    gp->_defer = nil;
    gp->_panic = nil;
    mp->lockedg = nil;
    dropg(gp);
    stackrelease(gp);
    gfput(mp->p, gp);
    schedule();
}

// goexit1 is called by runtime.goexit (asm) when a goroutine's function
// returns, and by runtime.Goexit after the deferred calls ran.
void goexit1(void) { mcall(goexit0); }

// goschedImpl (on g0): gp goes to the global queue, the M schedules.
static void goschedImpl(g *gp) {
    __atomic_store_n(&gp->atomicstatus, _Grunnable, __ATOMIC_RELEASE);
    dropg(gp);
    lock(&sched.lock);
    globrunqput(gp);
    unlock(&sched.lock);
    schedule();
}

// gosched_m: runtime.Gosched; gopreempt_m: a preemption request honoured.
static void gosched_m(g *gp) { goschedImpl(gp); }
void gopreempt_m(g *gp) { goschedImpl(gp); }

// Gosched yields the processor, as runtime.Gosched.
void Gosched(void) { mcall(gosched_m); }

// preemptone asks the goroutine running on pp to stop at its next
// prologue check or loop poll (Go: preemptone; no async preemption).
static bool preemptone(p *pp) {
    m *mp = __atomic_load_n(&pp->m, __ATOMIC_ACQUIRE);
    if (mp == nil || mp == getg()->m) return false;
    g *gp = __atomic_load_n(&mp->curg, __ATOMIC_ACQUIRE);
    if (gp == nil || gp == mp->g0) return false;
    gp->preempt = true;
    // Not while a panic runs deferred calls: a deferred function whose
    // check fails is re-called from the morestack path, and recover()
    // would no longer see the thunk as its caller.
    if (__atomic_load_n(&gp->_panic, __ATOMIC_ACQUIRE) != nil) return false;
    __atomic_store_n(&gp->stackguard0, (go_uintptr)STACK_PREEMPT, __ATOMIC_RELEASE);
    return true;
}

// preemptall asks every running goroutine to stop (stop-the-world).
void preemptall(void) {
    for (int32_t i = 0; i < gomaxprocs; i++) {
        p *pp = allp[i];
        if (__atomic_load_n(&pp->status, __ATOMIC_ACQUIRE) == _Prunning) preemptone(pp);
    }
}

// park_m (on g0): gp stops running; if unlockf says no, it resumes at once.
static void park_m(g *gp) {
    m *mp = getg()->m;
    __atomic_store_n(&gp->atomicstatus, _Gwaiting, __ATOMIC_RELEASE);
    dropg(gp);
    bool (*fn)(g *, void *) = mp->waitunlockf;
    if (fn != nil) {
        bool ok = fn(gp, mp->waitlock);
        mp->waitunlockf = nil;
        mp->waitlock = nil;
        if (!ok) {
            __atomic_store_n(&gp->atomicstatus, _Grunnable, __ATOMIC_RELEASE);
            execute(gp, true);   // schedule it back, never returns
        }
    }
    schedule();
}

// gopark puts the current goroutine into a waiting state (reason is a
// waitReason) and calls unlockf(gp, lock) on g0; if that returns false the
// goroutine resumes. (Go's traceEv/traceskip are for the execution tracer,
// which does not exist here.) goready makes it runnable again.
void gopark(bool (*unlockf)(g *, void *), void *lock, uint8_t reason) {
    m *mp = acquirem();
    g *gp = mp->curg;
    if (gp == nil || gp->atomicstatus != _Grunning) throw("gopark: bad g status");
    mp->waitlock = lock;
    mp->waitunlockf = unlockf;
    gp->waitreason = reason;
    releasem(mp);
    mcall(park_m);
}

// goparkunlock parks the goroutine and unlocks l once it is off its stack.
static bool parkunlock_c(g *gp, void *l) {
    (void)gp;
    unlock(l);
    return true;
}
void goparkunlock(mutex *l, uint8_t reason) { gopark(parkunlock_c, l, reason); }

// goready (ready): gp goes into runnext, to run as soon as the caller
// yields; an idle P gets an M.
void goready(g *gp) {
    m *mp = acquirem();
    if (__atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) != _Gwaiting) throw("bad g->status in ready");
    gp->waitreason = waitReasonZero;
    __atomic_store_n(&gp->atomicstatus, _Grunnable, __ATOMIC_RELEASE);
    runqput(mp->p, gp, true);
    wakep();
    releasem(mp);
}

// sync.Mutex spins (sync_runtime_canSpin) only where that can pay: on a
// multicore machine, with another P running (the holder may be on it) and
// nothing else waiting to run on ours. Go: proc.go.
bool sync_runtime_canSpin(go_int i) GO_SYM("sync.runtime_canSpin");
bool sync_runtime_canSpin(go_int i) {
    if (i >= 4 || ncpu <= 1 ||
        gomaxprocs <= __atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) + __atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) + 1)
        return false;
    return runqempty(getg()->m->p);
}
void sync_runtime_doSpin(void) GO_SYM("sync.runtime_doSpin");
void sync_runtime_doSpin(void) { procyield(30); }

// ---- system calls (Go: entersyscall, exitsyscall) ---------------------------
//
// syscall.Syscall brackets a system call that may block with these. The P
// stays with the M (status _Psyscall) so that a short call costs nothing;
// sysmon retakes the P of a call that lasts (retake) and hands it to
// another M. sp (from the asm stub, which pushed the callee-saved
// registers below it) is where the GC scans this goroutine's stack from
// meanwhile.

// wakesysmonLocked (sched.lock held): a P is about to run again, so
// sysmon, asleep while every P was idle, must watch again.
void wakesysmonLocked(void) {
    if (sched.sysmonwait) {
        sched.sysmonwait = 0;
        notewakeup(&sched.sysmonnote);
    }
}

static void wakesysmon(void) {
    lock(&sched.lock);
    wakesysmonLocked();
    unlock(&sched.lock);
}

void reentersyscall(go_uintptr sp) GO_SYM("runtime.reentersyscall");
void reentersyscall(go_uintptr sp) {
    g *gp = getg();
    m *mp = gp->m;
    mp->locks++;   // no preemption while the state is inconsistent
    gp->syscallsp = sp;
    __atomic_store_n(&gp->atomicstatus, _Gsyscall, __ATOMIC_RELEASE);
    if (__atomic_load_n(&sched.sysmonwait, __ATOMIC_ACQUIRE)) wakesysmon();
    p *pp = mp->p;
    pp->m = nil;
    mp->oldp = pp;
    mp->p = nil;
    __atomic_store_n(&pp->status, _Psyscall, __ATOMIC_RELEASE);
    if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE)) {
        // A stop-the-world is waiting for this P: give it up now.
        uint32_t s = _Psyscall;
        if (__atomic_compare_exchange_n(&pp->status, &s, _Pgcstop, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
            lock(&sched.lock);
            if (--sched.stopwait == 0) notewakeup(&sched.stopnote);
            unlock(&sched.lock);
        }
    }
    mp->locks--;
}

// exitsyscallfast: the old P if sysmon has not taken it, else an idle one.
static bool exitsyscallfast(p *oldp) {
    uint32_t s = _Psyscall;
    if (oldp != nil && __atomic_compare_exchange_n(&oldp->status, &s, _Pidle, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
        acquirep(oldp);
        return true;
    }
    if (__atomic_load_n(&sched.pidle, __ATOMIC_ACQUIRE) == nil) return false;
    lock(&sched.lock);
    p *pp = pidleget();
    if (pp != nil) wakesysmonLocked();
    unlock(&sched.lock);
    if (pp == nil) return false;
    acquirep(pp);
    return true;
}

// exitsyscall0 (on g0): no P for gp; queue it and park this M.
static void exitsyscall0(g *gp) {
    __atomic_store_n(&gp->atomicstatus, _Grunnable, __ATOMIC_RELEASE);
    dropg(gp);
    lock(&sched.lock);
    p *pp = sched.gcwaiting ? nil : pidleget();
    if (pp == nil) globrunqput(gp);
    else wakesysmonLocked();
    unlock(&sched.lock);
    if (pp != nil) {
        acquirep(pp);
        execute(gp, false);
    }
    stopm();
    schedule();
}

void exitsyscall(void) GO_SYM("syscall.runtime_exitsyscall");
void exitsyscall(void) {
    g *gp = getg();
    m *mp = acquirem();
    p *oldp = mp->oldp;
    mp->oldp = nil;
    if (exitsyscallfast(oldp)) {
        mp->p->syscalltick++;
        gp->syscallsp = 0;
        __atomic_store_n(&gp->atomicstatus, _Grunning, __ATOMIC_RELEASE);
        releasem(mp);
        return;
    }
    releasem(mp);
    mcall(exitsyscall0);
    // Resumed by a scheduler, on some M with a P (execute reset the state).
}

// entersyscallblock: a call known to block; the P goes to another M now.
void syscall_runtime_entersyscall(void) GO_SYM("syscall.runtime_entersyscall");
void entersyscallblock(void) {
    syscall_runtime_entersyscall();   // the asm stub: registers saved for the GC
    p *pp = getg()->m->oldp;
    uint32_t s = _Psyscall;
    if (pp != nil && __atomic_compare_exchange_n(&pp->status, &s, _Pidle, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
        pp->syscalltick++;
        handoffp(pp);
    }
}

// ---- sysmon -------------------------------------------------------------------
//
// sysmon runs on an M of its own without a P: every 20 µs to 10 ms it
// retakes the Ps of long system calls and asks goroutines that have run
// for 10 ms to yield. When every P is idle it sleeps until the next timer.

#define forcePreemptNS (10 * 1000 * 1000)

static uint32_t retake(int64_t now) {
    uint32_t n = 0;
    for (int32_t i = 0; i < gomaxprocs; i++) {
        p *pp = allp[i];
        uint32_t s = __atomic_load_n(&pp->status, __ATOMIC_ACQUIRE);
        bool sysretake = false;
        if (s == _Prunning || s == _Psyscall) {
            uint32_t t = pp->schedtick;
            if (pp->sysmontick.schedtick != t) {
                pp->sysmontick.schedtick = t;
                pp->sysmontick.schedwhen = now;
            } else if (pp->sysmontick.schedwhen + forcePreemptNS <= now) {
                preemptone(pp);
                sysretake = true;   // a P in a syscall can't be preempted: retake it
            }
        }
        if (s != _Psyscall) continue;
        uint32_t t = pp->syscalltick;
        if (!sysretake && pp->sysmontick.syscalltick != t) {
            pp->sysmontick.syscalltick = t;
            pp->sysmontick.syscallwhen = now;
            continue;
        }
        // Keep the P of a short call if nobody else needs it.
        if (runqempty(pp) && __atomic_load_n(&sched.nmspinning, __ATOMIC_SEQ_CST) + __atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) > 0 &&
            pp->sysmontick.syscallwhen + 10 * 1000 * 1000 > now)
            continue;
        // Count the blocked M as running meanwhile, or checkdead could
        // see it go idle before the P has a new M.
        lock(&sched.lock);
        sched.nmidlelocked--;
        unlock(&sched.lock);
        uint32_t want = _Psyscall;
        if (__atomic_compare_exchange_n(&pp->status, &want, _Pidle, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
            n++;
            pp->syscalltick++;
            handoffp(pp);
        }
        lock(&sched.lock);
        sched.nmidlelocked++;
        unlock(&sched.lock);
    }
    return n;
}

// schedtrace: GODEBUG=schedtrace=N's line, every N ms, in gc's format.
static void schedtrace(int64_t now) {
    printlock();
    printcstr("SCHED ");
    printint((now - runtimeInitTime) / 1000000);
    printcstr("ms: gomaxprocs=");
    printint(gomaxprocs);
    printcstr(" idleprocs=");
    printint(sched.npidle);
    printcstr(" threads=");
    printint(mcount());
    printcstr(" spinningthreads=");
    printint(sched.nmspinning);
    printcstr(" idlethreads=");
    printint(sched.nmidle);
    printcstr(" runqueue=");
    printint(sched.runqsize);
    for (int32_t i = 0; i < gomaxprocs; i++) {
        p *pp = allp[i];
        uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
        printcstr(i == 0 ? " [" : " ");
        printint(t - h);
    }
    printcstr("]\n");
    printunlock();
}

static void sysmon(void) {
    lock(&sched.lock);
    sched.nmsys++;
    checkdead();
    unlock(&sched.lock);
    uint32_t idle = 0, delay = 0;
    int64_t lasttrace = 0;
    for (;;) {
        if (idle == 0) delay = 20;
        else if (idle > 50) delay *= 2;
        if (delay > 10 * 1000) delay = 10 * 1000;
        usleep(delay);
        int64_t now = nanotime();
        if (debug.schedtrace <= 0 && (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) ||
            __atomic_load_n(&sched.npidle, __ATOMIC_SEQ_CST) == gomaxprocs)) {
            lock(&sched.lock);
            if (sched.gcwaiting || sched.npidle == gomaxprocs) {
                int64_t next = timeSleepUntil(), sleep = 1000 * 1000 * 1000;
                if (next != 0 && next - now < sleep) sleep = next - now;
                if (sleep > 0) {
                    sched.sysmonwait = 1;
                    unlock(&sched.lock);
                    notetsleep(&sched.sysmonnote, sleep);
                    lock(&sched.lock);
                    sched.sysmonwait = 0;
                    noteclear(&sched.sysmonnote);
                }
                idle = 0;
                delay = 20;
                now = nanotime();
            }
            unlock(&sched.lock);
        }
        // A timer overdue while every M is busy elsewhere: start one.
        int64_t next = timeSleepUntil();
        if (next != 0 && next < now && __atomic_load_n(&sched.timerm, __ATOMIC_ACQUIRE) == nil) startm(nil, false);
        if (retake(now) != 0) idle = 0;
        else idle++;
        if (debug.schedtrace > 0 && lasttrace + (int64_t)debug.schedtrace * 1000000 <= now) {
            lasttrace = now;
            schedtrace(now);
        }
    }
}

// mstart0: called by runtime.mstart (asm) on g0 after it recorded g0's
// scheduling stack pointer. m0's g0 stack was set up by rt0_go, a new M's
// by allocm.
void mstart0(void) {
    inittracePhaseBegin(phaseMstart);
    g *gp = getg();
    m *mp = gp->m;
    if (gp != mp->g0) throw("mstart0: not on g0");
    minit();
    if (mp == &m0) initsig();
    if (mp->mstartfn != nil) mp->mstartfn();
    if (mp != &m0) {
        acquirep(mp->nextp);
        mp->nextp = nil;
    }
    schedule();
}

// runtime.GOMAXPROCS: the world stops, and restarts with n Ps.
static void stopTheWorld_m(void *arg) { (void)arg; stopTheWorldWithSema(); }
static void startTheWorld_m(void *arg) { (void)arg; startTheWorldWithSema(); }

go_int runtime_GOMAXPROCS(go_int n) GO_SYM("runtime.GOMAXPROCS");
go_int runtime_GOMAXPROCS(go_int n) {
    int32_t ret = __atomic_load_n(&gomaxprocs, __ATOMIC_SEQ_CST);
    if (n <= 0 || n == ret) return ret;
    if (n > _MaxGomaxprocs) n = _MaxGomaxprocs;
    acquireWorld();
    systemstack(stopTheWorld_m, nil);
    newprocs = (int32_t)n;
    systemstack(startTheWorld_m, nil);
    releaseWorld();
    return ret;
}

// startSysmon: runtime.main starts sysmon first, on an M without a P.
static void startSysmon(void) {
    lock(&sched.lock);
    int64_t id = mReserveID();
    unlock(&sched.lock);
    newm(sysmon, nil, id);
}

// ---- runtime.main -----------------------------------------------------------

// fmtNSAsMS: gc's formatting of ns as ms for inittrace (mgc.go).
static void printNSAsMS(uint64_t ns) {
    uint8_t buf[24];
    int i = sizeof buf - 1, dec;
    uint64_t val;
    if (ns >= 10000000) {
        val = ns / 1000000;
        dec = 0;
    } else {
        val = ns / 1000;
        if (val == 0) { printcstr("0"); return; }
        dec = 3;
        while (val >= 100) { val /= 10; dec--; }
    }
    // itoaDiv
    int idec = i - dec;
    while (val >= 10 || i >= idec) {
        buf[i--] = (uint8_t)(val % 10 + '0');
        if (i == idec) buf[i--] = '.';
        val /= 10;
    }
    buf[i] = (uint8_t)(val + '0');
    gwrite(buf + i, (go_int)sizeof buf - i);
}

// doInit runs t's dependencies, then t's init functions, once. The task
// layout is the ABI header's: {state, ndeps, nfns, pkgpath, deps[], fns[]}.
static void doInit(initTask *t) {
    switch (t->state) {
    case 2: return;   // fully initialized
    case 1: throw("recursive call during initialization - linker skew");
    }
    t->state = 1;     // initialization in progress
    initTask **deps = (initTask **)(t + 1);
    for (go_uintptr i = 0; i < t->ndeps; i++) doInit(deps[i]);
    if (t->nfns == 0) { t->state = 2; return; }

    bool trace = debug.inittrace != 0;
    int64_t start = 0;
    uint64_t bytes0 = 0, allocs0 = 0;
    if (trace) {
        start = nanotime();
        bytes0 = memstats.total_alloc;
        allocs0 = memstats.nmalloc;
    }
    void (**fns)(void) = (void (**)(void))(deps + t->ndeps);
    for (go_uintptr i = 0; i < t->nfns; i++) fns[i]();
    if (trace) {
        int64_t end = nanotime();
        printcstr("init ");
        printstring(t->pkgpath.str, t->pkgpath.len);
        printcstr(" @");
        printNSAsMS((uint64_t)(start - runtimeInitTime));
        printcstr(" ms, ");
        printNSAsMS((uint64_t)(end - start));
        printcstr(" ms clock, ");
        printuint(memstats.total_alloc - bytes0);
        printcstr(" bytes, ");
        printuint(memstats.nmalloc - allocs0);
        printcstr(" allocs\n");
    }
    t->state = 2;
}

// runtime.main: the main goroutine. Package init runs locked to the main
// thread (as in Go); then main.main; then exit(0).
void runtime_main(void) {
    inittracePhaseEnd(phaseMstart);
    inittracePhaseBegin(phaseMain);
    g *gp = getg();
    mainStarted = true;
    startSysmon();
    // forcegchelper, bgsweep and bgscavenge are not goroutines here.
    // gc's runtime.main has started forcegchelper, bgsweep and bgscavenge
    // (goroutines 2-4) by now; skip their ids so that user goroutines are
    // numbered as in gc's reports (gc with GOMAXPROCS=1: from 5; with more
    // Ps its numbering depends on which P ran the go statement).
    gp->m->p->goidcache += 3;
    gp->lockedm = gp->m;
    gp->m->lockedg = gp;
    doInit(&main_inittask);
    gp->lockedm = nil;
    gp->m->lockedg = nil;
    inittracePhaseEnd(phaseMain);
    inittracePhaseBegin(phaseMainMain);
    main_main();
    inittracePhaseEnd(phaseMainMain);
    inittracePhaseBegin(phaseExit);
    if (debug.inittrace) {   // the buffered phase lines (see the top)
        printcstr("runtime: inittrace base ");
        printint(runtimeInitTime);
        printcstr(" ns\n");
        for (int32_t id = phaseArgs; id < phaseExit; id++) printphase(id);
        inittracePhaseEnd(phaseExit);
        printphase(phaseExit);
    }
    exit_(0);
}
