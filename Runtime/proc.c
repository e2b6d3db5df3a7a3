// proc.c: bootstrap and the goroutine scheduler. Go: runtime/proc.go.
//
// G-M-P structures are Go's (runtime2.h); FOR NOW there is a single M (the
// process's initial thread, m0), so run queues need no locks and there is no
// sysmon, no work stealing, no spinning Ms, no preemption. Those come with
// the multi-threaded scheduler; the shapes here (256-slot local ring +
// runnext per P, global queue, gFree lists) are the ones it will use.
// findrunnable runs due timers (time.c) and, with nothing to run, sleeps
// the M on m.park until the next timer is due.
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

// ---- Ps ---------------------------------------------------------------------

static void pidleput(p *pp) {
    pp->status = _Pidle;
    pp->link = sched.pidle;
    sched.pidle = pp;
    sched.npidle++;
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

static bool runqempty(p *pp) {
    return pp->runqhead == pp->runqtail && pp->runnext == nil;
}

static void globrunqput(g *gp);

// procresize changes the number of Ps to nprocs (growing only re-uses the
// old Ps; shrinking moves their local work to the global queue). The
// current M keeps its P if it survives, else takes allp[0]. Returns the
// list of Ps with local work other than the current one (none at boot).
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
        if (runqempty(pp)) {
            pidleput(pp);
        } else {
            pp->status = _Pidle;
            pp->link = runnablePs;
            runnablePs = pp;
        }
    }
    gomaxprocs = nprocs;
    return runnablePs;
}

// ---- run queues -------------------------------------------------------------

static void globrunqput(g *gp) {
    gp->schedlink = nil;
    if (sched.runq.tail != nil) sched.runq.tail->schedlink = gp;
    else sched.runq.head = gp;
    sched.runq.tail = gp;
    sched.runqsize++;
}

static g *globrunqpop(void) {
    g *gp = sched.runq.head;
    if (gp == nil) return nil;
    sched.runq.head = gp->schedlink;
    if (sched.runq.head == nil) sched.runq.tail = nil;
    gp->schedlink = nil;
    sched.runqsize--;
    return gp;
}

// runqputslow moves half of pp's full ring plus gp to the global queue.
static void runqputslow(p *pp, g *gp, uint32_t h, uint32_t t) {
    uint32_t n = (t - h) / 2;
    if (n != RUNQ_SIZE / 2) throw("runqputslow: queue is not full");
    for (uint32_t i = 0; i < n; i++) globrunqput(pp->runq[(h + i) % RUNQ_SIZE]);
    __atomic_store_n(&pp->runqhead, h + n, __ATOMIC_RELEASE);
    globrunqput(gp);
}

// runqput puts gp on pp's local queue. With next, gp goes into runnext
// and the g it displaces goes to the tail, as in Go. The ring is written
// with release/acquire so that stealing Ps (later) see consistent slots.
static void runqput(p *pp, g *gp, bool next) {
    if (next) {
        g *old = pp->runnext;
        pp->runnext = gp;
        if (old == nil) return;
        gp = old;
    }
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = pp->runqtail;
    if (t - h < RUNQ_SIZE) {
        pp->runq[t % RUNQ_SIZE] = gp;
        __atomic_store_n(&pp->runqtail, t + 1, __ATOMIC_RELEASE);
        return;
    }
    runqputslow(pp, gp, h, t);
}

// runqget takes runnext first (inheriting the time slice), then the ring.
static g *runqget(p *pp, bool *inheritTime) {
    g *next = pp->runnext;
    if (next != nil) {
        pp->runnext = nil;
        *inheritTime = true;
        return next;
    }
    *inheritTime = false;
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = pp->runqtail;
    if (t == h) return nil;
    g *gp = pp->runq[h % RUNQ_SIZE];
    __atomic_store_n(&pp->runqhead, h + 1, __ATOMIC_RELEASE);
    return gp;
}

// globrunqget takes a fair share of the global queue (at most max if
// max > 0): returns one g and puts the rest on pp's local queue.
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

// ---- goroutines ---------------------------------------------------------------

static void allgadd(g *gp) {
    gp->alllink = nil;
    if (allgsTail != nil) allgsTail->alllink = gp;
    else allgs = gp;
    allgsTail = gp;
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
        while (pp->gFreeN >= 32) {
            g *x = pp->gFree;
            pp->gFree = x->schedlink;
            pp->gFreeN--;
            x->schedlink = sched.gFree;
            sched.gFree = x;
        }
    }
}

static g *gfget(p *pp) {
    if (pp->gFree == nil && sched.gFree != nil) {
        for (int i = 0; i < 32 && sched.gFree != nil; i++) {
            g *x = sched.gFree;
            sched.gFree = x->schedlink;
            x->schedlink = pp->gFree;
            pp->gFree = x;
            pp->gFreeN++;
        }
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
    m *mp = getg()->m;
    mp->locks++;   // Go: disable preemption, we hold p in a local
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

    if (pp->goidcache == pp->goidcacheend) {
        // Sched.goidgen is the last allocated id; this batch is
        // [goidgen+1, goidgen+_GoidCacheBatch]. Start at 1: goid 1 is main.
        pp->goidcache = sched.goidgen + 1;
        sched.goidgen += _GoidCacheBatch;
        pp->goidcacheend = sched.goidgen + 1;
    }
    newg->goid = (int64_t)pp->goidcache++;
    newg->atomicstatus = _Grunnable;
    mp->locks--;
    return newg;
}

// newproc implements `go fn()`: the new g goes into runnext, so it runs as
// soon as the current g yields. (With one M there is no wakep.)
void newproc(const funcval *fn) {
    inittracePhaseBegin(phaseNewproc);
    g *gp = getg();
    g *newg = newproc1(fn, gp);
    runqput(gp->m->p, newg, true);
    inittracePhaseEnd(phaseNewproc);
}

// ---- the scheduler ----------------------------------------------------------

// checkdead is called when no goroutine can run. With one M that means
// every goroutine is blocked, and only a timer can still wake one (no
// network poller yet): while a live timer exists anywhere, the program is
// not dead (gc: a program whose goroutines all sleep is not deadlocked).
// Timers already stopped do not count: nothing can start them again.
static void checkdead(void) {
    for (int32_t i = 0; i < gomaxprocs; i++) {
        p *pp = allp[i];
        if (__atomic_load_n(&pp->numTimers, __ATOMIC_SEQ_CST) >
            __atomic_load_n(&pp->deletedTimers, __ATOMIC_SEQ_CST))
            return;
    }
    throw("all goroutines are asleep - deadlock!");
}

// sleepUntilTimer: nothing to run before pollUntil, when a timer is due;
// sleep the M on m.park until then (Go sleeps in netpoll(delay)). It
// publishes itself in sched.timerm so that a timer added meanwhile for an
// earlier time (by another M, later) can wake it: wakeNetPoller (time.c).
static void sleepUntilTimer(int64_t pollUntil, int64_t now) {
    m *mp = getg()->m;
    noteclear(&mp->park);
    __atomic_store_n(&sched.pollUntil, pollUntil, __ATOMIC_SEQ_CST);
    __atomic_store_n(&sched.timerm, mp, __ATOMIC_SEQ_CST);
    notetsleep(&mp->park, pollUntil - now);
    __atomic_store_n(&sched.pollUntil, 0, __ATOMIC_SEQ_CST);
    // If a waker took sched.timerm, its notewakeup is on the way: take
    // it before the note is cleared for the next sleep.
    if (__atomic_exchange_n(&sched.timerm, nil, __ATOMIC_SEQ_CST) == nil)
        notesleep(&mp->park);
}

// findrunnable: due timers first (they may ready goroutines), then the
// local queue, then the global queue (every 61st tick the global queue
// goes first, so it cannot starve). No stealing with one M, but the timers
// of Ps without an M (GOMAXPROCS > 1) are run here too, as gc's stealWork
// does. With nothing to run: sleep until the next timer, or report the
// deadlock.
static g *findrunnable(bool *inheritTime) {
    m *mp = getg()->m;
    for (;;) {
        p *pp = mp->p;
        *inheritTime = false;
        int64_t now, pollUntil;
        checkTimers(pp, 0, &now, &pollUntil);
        // The finalizer goroutine, when the collector queued work for it.
        g *fg = wakefing();
        if (fg != nil) goready(fg);   // into runnext, as Go's ready(gp, 0, true)
        if (pp->schedtick % 61 == 0 && sched.runqsize > 0) {
            g *gp = globrunqget(pp, 1);
            if (gp != nil) return gp;
        }
        g *gp = runqget(pp, inheritTime);
        if (gp != nil) return gp;
        gp = globrunqget(pp, 0);
        if (gp != nil) return gp;
        bool ran = false;
        for (int32_t i = 0; i < gomaxprocs; i++) {
            p *p2 = allp[i];
            if (p2 == pp || p2->m != nil || nobarrierWakeTime(p2) == 0) continue;
            int64_t w;
            ran |= checkTimers(p2, now, &now, &w);
            if (w != 0 && (pollUntil == 0 || w < pollUntil)) pollUntil = w;
        }
        if (ran) continue;   // they may have readied goroutines
        checkdead();         // returns only if a timer is pending
        if (pollUntil == 0) throw("findrunnable: timers pending but none due");
        if (pollUntil > now) sleepUntilTimer(pollUntil, now);
    }
}

// execute runs gp on the current M. Unless it inherits the previous g's
// time slice (runnext), it counts as a new scheduling tick.
static GO_NORETURN void execute(g *gp, bool inheritTime) {
    m *mp = getg()->m;
    mp->curg = gp;
    gp->m = mp;
    gp->atomicstatus = _Grunning;
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
    execute(gp, inheritTime);
}

// goexit0 (on g0): gp's function returned; recycle it and schedule.
static void goexit0(g *gp) {
    m *mp = getg()->m;
    gp->atomicstatus = _Gdead;
    gp->m = nil;
    gp->lockedm = nil;
    gp->startfn = nil;
    gp->schedlink = nil;
    mp->curg = nil;
    mp->lockedg = nil;
    stackrelease(gp);
    gfput(mp->p, gp);
    schedule();
}

// goexit1 is called by runtime.goexit (asm) when a goroutine's function
// returns.
void goexit1(void) GO_SYM("runtime.goexit1");
void goexit1(void) { mcall(goexit0); }

// gosched_m (on g0): put gp on the global queue and schedule.
static void gosched_m(g *gp) {
    m *mp = getg()->m;
    gp->atomicstatus = _Grunnable;
    gp->m = nil;
    mp->curg = nil;
    globrunqput(gp);
    schedule();
}

// Gosched yields the processor, as runtime.Gosched.
void Gosched(void) { mcall(gosched_m); }

// park_m (on g0): gp stops running; if unlockf says no, it resumes at once.
static void park_m(g *gp) {
    m *mp = getg()->m;
    gp->atomicstatus = _Gwaiting;
    mp->curg = nil;   // dropg
    gp->m = nil;
    bool (*fn)(g *, void *) = mp->waitunlockf;
    if (fn != nil) {
        bool ok = fn(gp, mp->waitlock);
        mp->waitunlockf = nil;
        mp->waitlock = nil;
        if (!ok) {
            gp->atomicstatus = _Grunnable;
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
    m *mp = getg()->m;
    g *gp = mp->curg;
    if (gp == nil || gp->atomicstatus != _Grunning) throw("gopark: bad g status");
    mp->waitlock = lock;
    mp->waitunlockf = unlockf;
    gp->waitreason = reason;
    mcall(park_m);
}

// goready (ready): gp goes into runnext, to run as soon as the caller yields.
void goready(g *gp) {
    m *mp = getg()->m;
    if (gp->atomicstatus != _Gwaiting) throw("bad g->status in ready");
    mp->locks++;
    gp->atomicstatus = _Grunnable;
    gp->waitreason = waitReasonZero;
    runqput(mp->p, gp, true);
    mp->locks--;
}

// mstart0: called by runtime.mstart (asm) on g0 after it recorded g0's
// scheduling stack pointer. m0's g0 stack was set up by rt0_go.
void mstart0(void) {
    inittracePhaseBegin(phaseMstart);
    g *gp = getg();
    if (gp != gp->m->g0) throw("mstart0: not on g0");
    minit();
    if (gp->m == &m0) initsig();
    schedule();
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
    // sysmon, forcegchelper and gcenable come with threads and the GC.
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
