// time.c: timers, and what package time reaches in the runtime by
// //go:linkname. Go: runtime/time.go.
//
// Package time (GOROOT's source, unchanged) keeps a runtimeTimer inside
// each Timer and Ticker and hands it to startTimer/stopTimer/resetTimer/
// modTimer below; the runtime's `timer` is that struct, field for field.
// time.Sleep parks the goroutine on a timer of its own (g.timer) whose f
// readies it again: `[sleep]` in goroutine dumps, as in gc.
//
// Each P keeps its timers in a 4-ary min-heap on `when` (p.timers), guarded
// by p.timersLock. A timer is in at most one heap; t.pp says which. Only
// that P's M reorders the heap; any M may stop or reset any timer, which
// it does by moving t.status through Go's state machine with atomic CAS
// (timerModifying while it writes the fields), recording a new time in
// t.nextwhen and leaving the move to the owning P (timerModifiedEarlier/
// Later), or marking t timerDeleted for the owner to drop. The statuses:
//
//   NoStatus -> Waiting (addtimer) -> Running -> NoStatus (one-shot) or
//   Waiting (periodic: next period); Waiting -> Deleted (deltimer) ->
//   Removing -> Removed (owner drops it); Waiting/Modified* -> Modifying ->
//   ModifiedEarlier/Later (modtimer) -> Moving -> Waiting (owner re-sorts);
//   NoStatus/Removed -> Modifying -> Waiting (modtimer re-adds it).
//
// The scheduler (proc.c: findrunnable) calls checkTimers(pp) on g0 before
// looking at the run queues, so a timer's f runs on g0 with the P held and
// timersLock released: sendTime (a non-blocking send), goFunc (a go
// statement), goroutineReady (goready). f is a Go func value that is never
// a closure; callTimerFunc calls it with Go's convention. With nothing to
// run, findrunnable sleeps the M on m.park until the earliest timer is due
// (wakeNetPoller interrupts that sleep when an earlier timer is added), and
// checkdead does not report a deadlock while a live timer exists.
//
// The collector finds timers through allp: a P and its heap array are
// allocated untyped, so they are scanned conservatively, and every timer in
// a heap (its arg, the Timer around it) stays alive; g.timer through allgs.
#include "runtime.h"

// timer mirrors time.runtimeTimer (GOROOT/src/time/sleep.go).
struct timer {
    go_uintptr     pp;        // the P whose heap holds t, 0 if none (a *p)
    int64_t        when;      // nanotime at which to run f
    int64_t        period;    // > 0: run again every period
    const funcval *f;         // func(arg any, seq uintptr), never a closure
    const _type   *argtype;   // arg any: type word
    void          *argdata;   //          data word
    go_uintptr     seq;
    int64_t        nextwhen;  // when to set when for timerModified*
    uint32_t       status;    // timer* below (atomic)
};
_Static_assert(sizeof(struct timer) == 9 * sizeof(go_uintptr), "timer mirrors time.runtimeTimer");
_Static_assert(__builtin_offsetof(struct timer, status) == 8 * sizeof(go_uintptr), "timer.status");

enum {
    timerNoStatus,          // not in a heap (new, or run and done)
    timerWaiting,           // in a heap, waiting to run
    timerRunning,           // f is about to run (by the owning P)
    timerDeleted,           // stopped; still in a heap, to be dropped
    timerRemoving,          // being dropped
    timerRemoved,           // dropped from its heap
    timerModifying,         // being changed by stop/reset
    timerModifiedEarlier,   // reset to an earlier time (in nextwhen)
    timerModifiedLater,     // reset to a later (or the same) time
    timerMoving,            // being re-sorted after a reset
};

#define maxWhen ((int64_t)(((uint64_t)1 << 63) - 1))

static GO_NORETURN void badTimer(void) { throw("timer data corruption"); }
static void cleantimers(p *pp);

static inline uint32_t loadStatus(timer *t) { return __atomic_load_n(&t->status, __ATOMIC_SEQ_CST); }
static inline bool casStatus(timer *t, uint32_t old, uint32_t new) {
    return __atomic_compare_exchange_n(&t->status, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
// setStatus moves t from one status it must be in (we own it) to another.
static inline void setStatus(timer *t, uint32_t old, uint32_t new) {
    if (!casStatus(t, old, new)) badTimer();
}
static inline void xaddCount(uint32_t *n, int32_t d) { __atomic_add_fetch(n, (uint32_t)d, __ATOMIC_SEQ_CST); }
static inline int64_t load64(int64_t *v) { return __atomic_load_n(v, __ATOMIC_SEQ_CST); }
static inline void store64(int64_t *v, int64_t x) { __atomic_store_n(v, x, __ATOMIC_SEQ_CST); }

// ---- the heap: a 4-ary min-heap on when ---------------------------------------

// siftupTimer moves ts[i] up to its place; returns where it ended.
static go_int siftupTimer(timer **ts, go_int n, go_int i) {
    if (i >= n) badTimer();
    timer *t = ts[i];
    if (t->when <= 0) badTimer();
    while (i > 0) {
        go_int parent = (i - 1) / 4;
        if (t->when >= ts[parent]->when) break;
        ts[i] = ts[parent];
        i = parent;
    }
    ts[i] = t;
    return i;
}

// siftdownTimer moves ts[i] down below every child that is due earlier.
static void siftdownTimer(timer **ts, go_int n, go_int i) {
    if (i >= n) badTimer();
    timer *t = ts[i];
    if (t->when <= 0) badTimer();
    for (;;) {
        go_int first = i * 4 + 1;
        if (first >= n) break;
        go_int c = first;   // the earliest of up to four children
        for (go_int k = first + 1; k < first + 4 && k < n; k++)
            if (ts[k]->when < ts[c]->when) c = k;
        if (ts[c]->when >= t->when) break;
        ts[i] = ts[c];
        i = c;
    }
    ts[i] = t;
}

static void updateTimer0When(p *pp) {
    store64(&pp->timer0When, pp->timers.len == 0 ? 0 : pp->timers.array[0]->when);
}

// updateTimerModifiedEarliest lowers pp.timerModifiedEarliest to nextwhen.
static void updateTimerModifiedEarliest(p *pp, int64_t nextwhen) {
    for (;;) {
        int64_t old = load64(&pp->timerModifiedEarliest);
        if (old != 0 && old < nextwhen) return;
        if (__atomic_compare_exchange_n(&pp->timerModifiedEarliest, &old, nextwhen, false,
                                        __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return;
    }
}

// doaddtimer pushes t onto pp's heap. timersLock is held.
static void doaddtimer(p *pp, timer *t) {
    if (t->pp != 0) throw("doaddtimer: P already set in timer");
    t->pp = (go_uintptr)pp;
    if (pp->timers.len == pp->timers.cap) {
        // Untyped, hence scanned conservatively: the heap keeps its timers alive.
        go_int ncap = pp->timers.cap == 0 ? 8 : pp->timers.cap * 2;
        timer **na = mallocgc((go_uintptr)ncap * sizeof(timer *), nil, true);
        memmove(na, pp->timers.array, (go_uintptr)pp->timers.len * sizeof(timer *));
        pp->timers.array = na;
        pp->timers.cap = ncap;
    }
    go_int i = pp->timers.len++;
    pp->timers.array[i] = t;
    siftupTimer(pp->timers.array, pp->timers.len, i);
    if (pp->timers.array[0] == t) store64(&pp->timer0When, t->when);
    xaddCount(&pp->numTimers, 1);
}

// dodeltimer removes slot i of pp's heap (the last timer fills it).
// Returns the smallest index whose timer changed. timersLock is held.
static go_int dodeltimer(p *pp, go_int i) {
    timer **ts = pp->timers.array;
    if (ts[i]->pp != (go_uintptr)pp) throw("dodeltimer: wrong P");
    ts[i]->pp = 0;
    go_int last = --pp->timers.len;
    go_int changed = i;
    if (i != last) {
        ts[i] = ts[last];
        changed = siftupTimer(ts, last, i);
        siftdownTimer(ts, last, i);
    }
    ts[last] = nil;   // the array must not keep a dropped timer alive
    if (i == 0) updateTimer0When(pp);
    if (__atomic_sub_fetch(&pp->numTimers, 1, __ATOMIC_SEQ_CST) == 0)
        store64(&pp->timerModifiedEarliest, 0);   // no timers: none modified
    return changed;
}

// dodeltimer0 removes the earliest timer of pp's heap.
static void dodeltimer0(p *pp) {
    timer **ts = pp->timers.array;
    if (ts[0]->pp != (go_uintptr)pp) throw("dodeltimer0: wrong P");
    ts[0]->pp = 0;
    go_int last = --pp->timers.len;
    if (last > 0) {
        ts[0] = ts[last];
        siftdownTimer(ts, last, 0);
    }
    ts[last] = nil;
    updateTimer0When(pp);
    if (__atomic_sub_fetch(&pp->numTimers, 1, __ATOMIC_SEQ_CST) == 0)
        store64(&pp->timerModifiedEarliest, 0);
}

// wakeNetPoller: Go's name for waking the M that sleeps until the earliest
// timer (gc sleeps in the network poller; here in findrunnable on m.park,
// see sleepForTimers) if `when` is earlier than it will wake by itself.
// Only the waker that claims sched.timerm (swapping in nil) may
// notewakeup it. With no M waiting, wakep gets one to look (and wait).
void wakeNetPoller(int64_t when) {
    if (__atomic_load_n(&sched.timerm, __ATOMIC_SEQ_CST) == nil) {
        wakep();
        return;
    }
    int64_t until = load64(&sched.pollUntil);
    if (until != 0 && until <= when) return;
    m *mp = __atomic_exchange_n(&sched.timerm, nil, __ATOMIC_SEQ_CST);
    if (mp != nil) notewakeup(&mp->park);
}

// ---- adding, stopping, resetting -------------------------------------------

// addtimer puts a new (or finished) timer in the current P's heap.
static void addtimer(timer *t) {
    // when <= 0 would break checkTimers (0 means "no timer") and runOneTimer.
    if (t->when <= 0) throw("timer when must be positive");
    if (t->period < 0) throw("timer period must be non-negative");
    if (t->status != timerNoStatus) throw("addtimer called with initialized timer");
    t->status = timerWaiting;
    int64_t when = t->when;
    m *mp = acquirem();   // stay on this P while using its heap
    p *pp = mp->p;
    lock(&pp->timersLock);
    cleantimers(pp);
    doaddtimer(pp, t);
    unlock(&pp->timersLock);
    wakeNetPoller(when);
    releasem(mp);
}

// deltimer stops t: it only marks it, the owning P drops it later. Reports
// whether t was stopped before it ran (gc's Timer.Stop result).
static bool deltimer(timer *t) {
    for (;;) {
        uint32_t s = loadStatus(t);
        switch (s) {
        case timerWaiting:
        case timerModifiedLater:
        case timerModifiedEarlier: {
            // No preemption while t is timerModifying: another g on this
            // M spinning on it would never let us finish (Go issue 38070).
            m *mp = acquirem();
            if (casStatus(t, s, timerModifying)) {
                // Read pp first: once t is timerDeleted its owner may drop
                // it and clear t.pp.
                p *tpp = (p *)t->pp;
                setStatus(t, timerModifying, timerDeleted);
                releasem(mp);
                xaddCount(&tpp->deletedTimers, 1);
                return true;
            }
            releasem(mp);
            break;
        }
        case timerDeleted: case timerRemoving: case timerRemoved:
        case timerNoStatus:   // never started, or already ran
            return false;
        case timerRunning: case timerMoving: case timerModifying:
            osyield();   // another M is running, moving or changing it
            break;
        default:
            badTimer();
        }
    }
}

// modtimer gives t a new time, period, f, arg and seq; a timer that is in
// no heap is added to the current P's. Reports whether t had not run yet
// (gc's Timer.Reset result).
static bool modtimer(timer *t, int64_t when, int64_t period, const funcval *f,
                     const _type *argtype, void *argdata, go_uintptr seq) {
    if (when <= 0) throw("timer when must be positive");
    if (period < 0) throw("timer period must be non-negative");
    bool pending = false, wasRemoved = false;
    m *mp;
    for (;;) {
        uint32_t s = loadStatus(t);
        if (s == timerWaiting || s == timerModifiedEarlier || s == timerModifiedLater ||
            s == timerNoStatus || s == timerRemoved || s == timerDeleted) {
            mp = acquirem();   // see deltimer
            if (casStatus(t, s, timerModifying)) {
                if (s == timerDeleted) xaddCount(&((p *)t->pp)->deletedTimers, -1);
                pending = s == timerWaiting || s == timerModifiedEarlier || s == timerModifiedLater;
                wasRemoved = s == timerNoStatus || s == timerRemoved;
                break;
            }
            releasem(mp);
        } else if (s == timerRunning || s == timerRemoving || s == timerMoving || s == timerModifying) {
            osyield();
        } else {
            badTimer();
        }
    }
    t->period = period;
    t->f = f;
    t->argtype = argtype;
    t->argdata = argdata;
    t->seq = seq;
    if (wasRemoved) {
        // In no heap: we may set when directly and add it to ours.
        t->when = when;
        p *pp = getg()->m->p;
        lock(&pp->timersLock);
        doaddtimer(pp, t);
        unlock(&pp->timersLock);
        setStatus(t, timerModifying, timerWaiting);
        releasem(mp);
        wakeNetPoller(when);
        return pending;
    }
    // In some P's heap (maybe another's): changing when would unsort it, so
    // leave the new time in nextwhen for the owner to apply.
    t->nextwhen = when;
    uint32_t ns = when < t->when ? timerModifiedEarlier : timerModifiedLater;
    if (ns == timerModifiedEarlier) updateTimerModifiedEarliest((p *)t->pp, when);
    setStatus(t, timerModifying, ns);
    releasem(mp);
    if (ns == timerModifiedEarlier) wakeNetPoller(when);
    return pending;
}

static bool resettimer(timer *t, int64_t when) {
    return modtimer(t, when, t->period, t->f, t->argtype, t->argdata, t->seq);
}

// ---- the owning P's housekeeping (timersLock held) -------------------------------

// cleantimers drops deleted timers and re-sorts reset ones at the top of
// pp's heap, so that addtimer does not let them pile up.
static void cleantimers(p *pp) {
    while (pp->timers.len > 0) {
        timer *t = pp->timers.array[0];
        if (t->pp != (go_uintptr)pp) throw("cleantimers: bad p");
        uint32_t s = loadStatus(t);
        if (s == timerDeleted) {
            if (!casStatus(t, s, timerRemoving)) continue;
            dodeltimer0(pp);
            setStatus(t, timerRemoving, timerRemoved);
            xaddCount(&pp->deletedTimers, -1);
        } else if (s == timerModifiedEarlier || s == timerModifiedLater) {
            if (!casStatus(t, s, timerMoving)) continue;
            t->when = t->nextwhen;
            dodeltimer0(pp);
            doaddtimer(pp, t);
            setStatus(t, timerMoving, timerWaiting);
        } else {
            return;   // the top timer is in order
        }
    }
}

// adjusttimers applies every pending reset (timerModified*) and drops
// deleted timers, once a reset to an earlier time is due.
static void adjusttimers(p *pp, int64_t now) {
    int64_t first = load64(&pp->timerModifiedEarliest);
    if (first == 0 || first > now) return;
    store64(&pp->timerModifiedEarliest, 0);
    // The re-sorted timers wait here (untyped: scanned conservatively)
    // until the walk is over, then go back in at their new times.
    timer **moved = nil;
    go_int nmoved = 0;
    for (go_int i = 0; i < pp->timers.len; i++) {
        timer *t = pp->timers.array[i];
        if (t->pp != (go_uintptr)pp) throw("adjusttimers: bad p");
        uint32_t s = loadStatus(t);
        switch (s) {
        case timerDeleted:
            if (casStatus(t, s, timerRemoving)) {
                go_int changed = dodeltimer(pp, i);
                setStatus(t, timerRemoving, timerRemoved);
                xaddCount(&pp->deletedTimers, -1);
                i = changed - 1;   // look again from the first slot that changed
            }
            break;
        case timerModifiedEarlier:
        case timerModifiedLater:
            if (casStatus(t, s, timerMoving)) {
                t->when = t->nextwhen;
                if (moved == nil)   // at most every timer there is now
                    moved = mallocgc((go_uintptr)pp->timers.len * sizeof(timer *), nil, true);
                go_int changed = dodeltimer(pp, i);
                moved[nmoved++] = t;
                i = changed - 1;
            }
            break;
        case timerWaiting:
            break;
        case timerModifying:
            osyield();   // wait for the other M, then look at t again
            i--;
            break;
        default:
            badTimer();
        }
    }
    for (go_int i = 0; i < nmoved; i++) {
        doaddtimer(pp, moved[i]);
        setStatus(moved[i], timerMoving, timerWaiting);
    }
}

// clearDeletedTimers rebuilds pp's heap without its deleted timers, when
// they are more than a quarter of it (Go keeps heaps of stopped timers
// from growing without bound the same way).
static void clearDeletedTimers(p *pp) {
    store64(&pp->timerModifiedEarliest, 0);   // every reset is applied below
    timer **ts = pp->timers.array;
    go_int n = pp->timers.len, to = 0;
    int32_t cdel = 0;
    for (go_int i = 0; i < n; i++) {
        timer *t = ts[i];
        for (;;) {
            uint32_t s = loadStatus(t);
            if (s == timerWaiting) {
                ts[to] = t;
                siftupTimer(ts, to + 1, to);
                to++;
                break;
            }
            if (s == timerModifiedEarlier || s == timerModifiedLater) {
                if (!casStatus(t, s, timerMoving)) continue;
                t->when = t->nextwhen;
                ts[to] = t;
                siftupTimer(ts, to + 1, to);
                to++;
                setStatus(t, timerMoving, timerWaiting);
                break;
            }
            if (s == timerDeleted) {
                if (!casStatus(t, s, timerRemoving)) continue;
                t->pp = 0;
                cdel++;
                setStatus(t, timerRemoving, timerRemoved);
                break;
            }
            if (s == timerModifying) { osyield(); continue; }
            badTimer();
        }
    }
    for (go_int i = to; i < n; i++) ts[i] = nil;
    xaddCount(&pp->deletedTimers, -cdel);
    xaddCount(&pp->numTimers, -cdel);
    pp->timers.len = to;
    updateTimer0When(pp);
}

// runOneTimer runs t, the earliest timer of pp, which is timerRunning. A
// periodic timer goes back into the heap at its next period, a one-shot
// timer leaves it. f runs without timersLock: it may add timers itself.
static void runOneTimer(p *pp, timer *t, int64_t now) {
    const funcval *f = t->f;
    const _type *argtype = t->argtype;
    void *argdata = t->argdata;
    go_uintptr seq = t->seq;
    if (t->period > 0) {
        // Skip the periods that have passed already, as gc does.
        int64_t delta = t->when - now;
        t->when += t->period * (1 + -delta / t->period);
        if (t->when < 0) t->when = maxWhen;   // overflow
        siftdownTimer(pp->timers.array, pp->timers.len, 0);
        setStatus(t, timerRunning, timerWaiting);
        updateTimer0When(pp);
    } else {
        dodeltimer0(pp);
        setStatus(t, timerRunning, timerNoStatus);
    }
    unlock(&pp->timersLock);
    callTimerFunc(f, argtype, argdata, seq);
    lock(&pp->timersLock);
}

// runtimer runs the earliest timer of pp if it is due at now, after
// tidying the top of the heap. Returns 0 if it ran one, -1 if the heap is
// empty, else when the earliest timer is due.
static int64_t runtimer(p *pp, int64_t now) {
    for (;;) {
        timer *t = pp->timers.array[0];
        if (t->pp != (go_uintptr)pp) throw("runtimer: bad p");
        uint32_t s = loadStatus(t);
        switch (s) {
        case timerWaiting:
            if (t->when > now) return t->when;
            if (!casStatus(t, s, timerRunning)) continue;
            runOneTimer(pp, t, now);
            return 0;
        case timerDeleted:
            if (!casStatus(t, s, timerRemoving)) continue;
            dodeltimer0(pp);
            setStatus(t, timerRemoving, timerRemoved);
            xaddCount(&pp->deletedTimers, -1);
            if (pp->timers.len == 0) return -1;
            break;
        case timerModifiedEarlier:
        case timerModifiedLater:
            if (!casStatus(t, s, timerMoving)) continue;
            t->when = t->nextwhen;
            dodeltimer0(pp);
            doaddtimer(pp, t);
            setStatus(t, timerMoving, timerWaiting);
            break;
        case timerModifying:
            osyield();
            break;
        default:
            badTimer();
        }
    }
}

// ---- what the scheduler calls -------------------------------------------------

// nobarrierWakeTime: when pp next has a timer to run or re-sort; 0 if none.
int64_t nobarrierWakeTime(p *pp) {
    int64_t next = load64(&pp->timer0When);
    int64_t nextAdj = load64(&pp->timerModifiedEarliest);
    if (next == 0 || (nextAdj != 0 && nextAdj < next)) next = nextAdj;
    return next;
}

// checkTimers runs pp's timers that are due at now (0: read the clock).
// *rnow is now; *pollUntil is when the next timer is due (0: none). Reports
// whether any timer ran.
bool checkTimers(p *pp, int64_t now, int64_t *rnow, int64_t *pollUntil) {
    *pollUntil = 0;
    int64_t next = nobarrierWakeTime(pp);
    if (next == 0) {
        *rnow = now;
        return false;
    }
    if (now == 0) now = nanotime();
    *rnow = now;
    bool mine = pp == getg()->m->p;
    if (now < next) {
        // Nothing due; go on only to clear many deleted timers, and only
        // on our own P (less contention on another P's lock).
        if (!mine || __atomic_load_n(&pp->deletedTimers, __ATOMIC_SEQ_CST) <=
                     __atomic_load_n(&pp->numTimers, __ATOMIC_SEQ_CST) / 4) {
            *pollUntil = next;
            return false;
        }
    }
    bool ran = false;
    lock(&pp->timersLock);
    if (pp->timers.len > 0) {
        adjusttimers(pp, now);
        while (pp->timers.len > 0) {
            int64_t tw = runtimer(pp, now);   // may drop timersLock meanwhile
            if (tw != 0) {
                if (tw > 0) *pollUntil = tw;
                break;
            }
            ran = true;
        }
    }
    if (mine && (go_int)__atomic_load_n(&pp->deletedTimers, __ATOMIC_SEQ_CST) > pp->timers.len / 4)
        clearDeletedTimers(pp);
    unlock(&pp->timersLock);
    return ran;
}

// moveTimers moves the timers of from (a P being destroyed by procresize,
// with the world stopped) into pp's heap; deleted ones are dropped.
void moveTimers(p *pp, p *from) {
    lock(&pp->timersLock);
    for (go_int i = 0; i < from->timers.len; i++) {
        timer *t = from->timers.array[i];
        for (;;) {
            uint32_t s = loadStatus(t);
            if (s == timerWaiting || s == timerModifiedEarlier || s == timerModifiedLater) {
                if (!casStatus(t, s, timerMoving)) continue;
                if (s != timerWaiting) t->when = t->nextwhen;
                t->pp = 0;
                doaddtimer(pp, t);
                setStatus(t, timerMoving, timerWaiting);
                break;
            }
            if (s == timerDeleted) {
                if (!casStatus(t, s, timerRemoved)) continue;
                t->pp = 0;
                break;
            }
            if (s == timerModifying) { osyield(); continue; }
            badTimer();
        }
        from->timers.array[i] = nil;
    }
    from->timers.len = 0;
    from->numTimers = from->deletedTimers = 0;
    from->timer0When = from->timerModifiedEarliest = 0;
    unlock(&pp->timersLock);
}

// ---- package time ------------------------------------------------------------

// goroutineReady: a sleeping goroutine's timer fired; arg's data word is
// the g (its type word is unused, nothing outside this file sees it).
static void goroutineReady(const _type *argtype, void *argdata, go_uintptr seq) {
    goready((g *)argdata);
}
static const funcval goroutineReadyFV = {(void (*)(void))goroutineReady};

// resetForSleep (gopark's unlockf, on g0) starts the sleep timer only now
// that gp is parked: a short timer could otherwise fire, and goready gp,
// before gp had stopped running.
static bool resetForSleep(g *gp, void *ut) {
    timer *t = ut;
    resettimer(t, t->nextwhen);
    return true;
}

// time.Sleep: park on this g's timer until it fires.
void time_Sleep(int64_t ns) GO_SYM("time.Sleep");
void time_Sleep(int64_t ns) {
    if (ns <= 0) return;
    g *gp = getg();
    timer *t = gp->timer;
    if (t == nil) {
        t = mallocgc(sizeof(timer), nil, true);
        gp->timer = t;
    }
    t->f = &goroutineReadyFV;
    t->argdata = gp;
    t->nextwhen = nanotime() + ns;
    if (t->nextwhen < 0) t->nextwhen = maxWhen;   // overflow
    gopark(resetForSleep, t, waitReasonSleep);
}

void time_startTimer(timer *t) GO_SYM("time.startTimer");
void time_startTimer(timer *t) { addtimer(t); }

// time.stopTimer: whether t was stopped before it ran.
bool time_stopTimer(timer *t) GO_SYM("time.stopTimer");
bool time_stopTimer(timer *t) { return deltimer(t); }

// time.resetTimer: whether t had not run yet when it was reset.
bool time_resetTimer(timer *t, int64_t when) GO_SYM("time.resetTimer");
bool time_resetTimer(timer *t, int64_t when) { return resettimer(t, when); }

// time.modTimer (Ticker.Reset). arg arrives as its two words.
void time_modTimer(timer *t, int64_t when, int64_t period, const funcval *f,
                   const _type *argtype, void *argdata, go_uintptr seq) GO_SYM("time.modTimer");
void time_modTimer(timer *t, int64_t when, int64_t period, const funcval *f,
                   const _type *argtype, void *argdata, go_uintptr seq) {
    modtimer(t, when, period, f, argtype, argdata, seq);
}

// ---- clocks ------------------------------------------------------------------

typedef struct { int64_t sec, nsec; } timespec;
int32_t clock_gettime(int32_t clock, timespec *ts) GO_SYM("runtime.clock_gettime");

// time.runtimeNano: the monotonic clock, in nanoseconds.
int64_t time_runtimeNano(void) GO_SYM("time.runtimeNano");
int64_t time_runtimeNano(void) { return nanotime(); }

// time.now's three results, through pointers: the compiler's body for
// time.now (Intrinsics.swift) calls this and returns them as one value.
void timeNow(int64_t *sec, int32_t *nsec, int64_t *mono) {
    timespec ts;
    clock_gettime(0 /* CLOCK_REALTIME */, &ts);
    *sec = ts.sec;
    *nsec = (int32_t)ts.nsec;
    *mono = nanotime();
}
