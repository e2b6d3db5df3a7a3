// chan.c: channels. Go: runtime/chan.go.
//
// Invariants (as in Go): at least one of c.sendq and c.recvq is empty,
// except for an unbuffered channel with a single g blocked on both sides
// through select. For a buffered channel, qcount > 0 means recvq is empty
// and qcount < dataqsiz means sendq is empty.
//
// A blocked g waits in a sudog on the channel's queue; the g that completes
// the operation copies the element straight between the two goroutines'
// stacks (the "direct hand-off": no trip through the buffer), records the
// sudog in gp.param and readies it.
#include "chan.h"

#define maxAlign 8
#define hchanSize ((sizeof(hchan) + maxAlign - 1) & ~(go_uintptr)(maxAlign - 1))
#define maxAlloc ((go_uintptr)1 << 47)

// Element copies: every element type is moved by its size.
static inline void elemmove(hchan *c, void *dst, const void *src) {
    memmove(dst, src, c->elemsize);
}
static inline void elemclr(hchan *c, void *p) {
    memclrNoHeapPointers(p, c->elemsize);
}

// ---- make -------------------------------------------------------------------

// makechan implements make(chan T, size); t is the channel type, t->elem T.
// A buffer without pointers shares the hchan's allocation; one with
// pointers is allocated with the element type, for the collector.
hchan *makechan(const _type *t, go_int size) {
    const _type *elem = t->elem;
    if (elem->size >= (1 << 16)) throw("makechan: invalid channel element type");
    go_uintptr mem = elem->size * (go_uintptr)size;
    if (size < 0 || (elem->size != 0 && mem / elem->size != (go_uintptr)size) ||
        mem > maxAlloc - hchanSize)
        panicplain("makechan: size out of range");
    hchan *c;
    if (mem == 0) {
        c = mallocgc(hchanSize, nil, true);
        c->buf = c;   // a valid address for the race detector, in Go
    } else if (elem->ptrdata == 0) {
        c = mallocgc(hchanSize + mem, nil, true);
        c->buf = (uint8_t *)c + hchanSize;
    } else {
        c = mallocgc(hchanSize, nil, true);
        c->buf = mallocgc(mem, elem, true);
    }
    c->elemsize = (uint16_t)elem->size;
    c->elemtype = elem;
    c->dataqsiz = (go_uintptr)size;
    return c;
}

// ---- wait queues -------------------------------------------------------------

void waitqEnqueue(waitq *q, sudog *sgp) {
    sgp->next = nil;
    sudog *x = q->last;
    if (x == nil) {
        sgp->prev = nil;
        q->first = sgp;
        q->last = sgp;
        return;
    }
    sgp->prev = x;
    x->next = sgp;
    q->last = sgp;
}

// waitqDequeue pops the first sudog that can still proceed. A select's
// sudog is skipped when another of its cases already won the race for
// gp.selectDone; the select removes it from this queue itself.
sudog *waitqDequeue(waitq *q) {
    for (;;) {
        sudog *sgp = q->first;
        if (sgp == nil) return nil;
        sudog *y = sgp->next;
        if (y == nil) {
            q->first = nil;
            q->last = nil;
        } else {
            y->prev = nil;
            q->first = y;
            sgp->next = nil;
        }
        if (sgp->isSelect) {
            uint32_t zero = 0;
            if (!__atomic_compare_exchange_n(&sgp->g->selectDone, &zero, 1, false,
                                             __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
                continue;
        }
        return sgp;
    }
}

// ---- sudog caches ---------------------------------------------------------------

#define sudogcacheCap 128

// acquireSudog takes a sudog from the P's cache, refilled by half from the
// central cache, or allocates one.
sudog *acquireSudog(void) {
    m *mp = getg()->m;
    mp->locks++;   // acquirem: stay on this P
    p *pp = mp->p;
    if (pp->sudogcache == nil) {
        lock(&sched.sudoglock);
        while (pp->nsudogcache < sudogcacheCap / 2 && sched.sudogcache != nil) {
            sudog *s = sched.sudogcache;
            sched.sudogcache = s->next;
            s->next = pp->sudogcache;
            pp->sudogcache = s;
            pp->nsudogcache++;
        }
        unlock(&sched.sudoglock);
        if (pp->sudogcache == nil) {
            pp->sudogcache = mallocgc(sizeof(sudog), nil, true);
            pp->nsudogcache = 1;
        }
    }
    sudog *s = pp->sudogcache;
    pp->sudogcache = s->next;
    pp->nsudogcache--;
    s->next = nil;
    mp->locks--;
    return s;
}

// releaseSudog returns s to the P's cache; a full cache gives half of
// itself to the central one.
void releaseSudog(sudog *s) {
    if (s->elem != nil) throw("runtime: sudog with non-nil elem");
    if (s->isSelect) throw("runtime: sudog with non-false isSelect");
    if (s->next != nil) throw("runtime: sudog with non-nil next");
    if (s->prev != nil) throw("runtime: sudog with non-nil prev");
    if (s->waitlink != nil) throw("runtime: sudog with non-nil waitlink");
    if (s->c != nil) throw("runtime: sudog with non-nil c");
    g *gp = getg();
    if (gp->param != nil) throw("runtime: releaseSudog with non-nil gp.param");
    m *mp = gp->m;
    mp->locks++;
    p *pp = mp->p;
    if (pp->nsudogcache == sudogcacheCap) {
        sudog *first = nil, *last = nil;
        while (pp->nsudogcache > sudogcacheCap / 2) {
            sudog *p1 = pp->sudogcache;
            pp->sudogcache = p1->next;
            pp->nsudogcache--;
            p1->next = nil;
            if (first == nil) first = p1; else last->next = p1;
            last = p1;
        }
        lock(&sched.sudoglock);
        last->next = sched.sudogcache;
        sched.sudogcache = first;
        unlock(&sched.sudoglock);
    }
    s->g = nil;
    s->success = false;
    s->next = pp->sudogcache;
    pp->sudogcache = s;
    pp->nsudogcache++;
    mp->locks--;
}

// ---- send -------------------------------------------------------------------------

// chanparkcommit (on g0, from park_m): the g is off its stack now, so the
// channel may be unlocked; a waker can only find it from here on.
bool chanparkcommit(g *gp, void *chanLock) {
    (void)gp;
    unlock(chanLock);
    return true;
}

void panicClosedSend(void) { panicplain("send on closed channel"); }

static void unlockChan(void *c) { unlock(&((hchan *)c)->lock); }

static inline bool full(hchan *c) {
    if (c->dataqsiz == 0) return c->recvq.first == nil;
    return c->qcount == c->dataqsiz;
}

// chansend sends *ep on c. Without block it returns false instead of
// waiting; with block it returns true (or panics on a closed channel).
static bool chansend(hchan *c, const void *ep, bool block) {
    if (c == nil) {
        if (!block) return false;
        gopark(nil, nil, waitReasonChanSendNilChan);
        throw("unreachable");
    }
    // Fast path: a failed non-blocking send needs no lock. closed is read
    // before full: a channel is never reopened, so "not closed and full"
    // observed in this order held at one instant (Go's argument).
    if (!block && __atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0 && full(c)) return false;

    lock(&c->lock);
    if (c->closed != 0) {
        unlock(&c->lock);
        panicClosedSend();
    }
    sudog *sg = waitqDequeue(&c->recvq);
    if (sg != nil) {
        // A receiver is waiting: hand the value over directly.
        chansendDirect(c, sg, ep, unlockChan, c);
        return true;
    }
    if (c->qcount < c->dataqsiz) {
        elemmove(c, chanbuf(c, c->sendx), ep);
        if (++c->sendx == c->dataqsiz) c->sendx = 0;
        c->qcount++;
        unlock(&c->lock);
        return true;
    }
    if (!block) {
        unlock(&c->lock);
        return false;
    }
    // Block: wait on sendq until a receiver takes the value (or close).
    g *gp = getg();
    sudog *mysg = acquireSudog();
    mysg->elem = (void *)ep;
    mysg->g = gp;
    mysg->isSelect = false;
    mysg->c = c;
    gp->waiting = mysg;
    gp->param = nil;
    waitqEnqueue(&c->sendq, mysg);
    gopark(chanparkcommit, &c->lock, waitReasonChanSend);

    // Someone woke us up.
    if (mysg != gp->waiting) throw("G waiting list is corrupted");
    gp->waiting = nil;
    bool closed = !mysg->success;
    gp->param = nil;
    mysg->c = nil;
    releaseSudog(mysg);
    if (closed) {
        if (c->closed == 0) throw("chansend: spurious wakeup");
        panicClosedSend();
    }
    return true;
}

// send completes a send to the receiver sg found waiting on c (c locked;
// unlockf unlocks it): copy straight into the receiver's destination.
void chansendDirect(hchan *c, sudog *sg, const void *ep, unlockfn unlockf, void *arg) {
    if (sg->elem != nil) {
        elemmove(c, sg->elem, ep);
        sg->elem = nil;
    }
    g *gp = sg->g;
    unlockf(arg);
    gp->param = sg;
    sg->success = true;
    goready(gp);
}

// ---- receive --------------------------------------------------------------------

static inline bool empty(hchan *c) {
    if (c->dataqsiz == 0) return __atomic_load_n(&c->sendq.first, __ATOMIC_ACQUIRE) == nil;
    return __atomic_load_n(&c->qcount, __ATOMIC_ACQUIRE) == 0;
}

// chanrecv receives from c into *ep (ep may be nil: the value is dropped).
// Without block, *selected says whether it could proceed at once; the
// result says whether a value was received (false: closed and drained,
// *ep zeroed).
static bool chanrecv(hchan *c, void *ep, bool block, bool *selected) {
    *selected = true;
    if (c == nil) {
        if (!block) { *selected = false; return false; }
        gopark(nil, nil, waitReasonChanReceiveNilChan);
        throw("unreachable");
    }
    // Fast path: fail a non-blocking receive without the lock.
    if (!block && empty(c)) {
        if (__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0) { *selected = false; return false; }
        // Closed: re-check emptiness, a send may have come before the close.
        if (empty(c)) {
            if (ep != nil) elemclr(c, ep);
            return false;
        }
    }

    lock(&c->lock);
    if (c->closed != 0 && c->qcount == 0) {
        unlock(&c->lock);
        if (ep != nil) elemclr(c, ep);
        return false;
    }
    sudog *sg = waitqDequeue(&c->sendq);
    if (sg != nil) {
        // A sender is waiting: take its value (unbuffered) or the head of
        // the full buffer, whose tail slot then gets the sender's value.
        chanrecvDirect(c, sg, ep, unlockChan, c);
        return true;
    }
    if (c->qcount > 0) {
        void *qp = chanbuf(c, c->recvx);
        if (ep != nil) elemmove(c, ep, qp);
        elemclr(c, qp);
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->qcount--;
        unlock(&c->lock);
        return true;
    }
    if (!block) {
        unlock(&c->lock);
        *selected = false;
        return false;
    }
    // Block: wait on recvq until a sender hands a value over (or close).
    g *gp = getg();
    sudog *mysg = acquireSudog();
    mysg->elem = ep;
    mysg->g = gp;
    mysg->isSelect = false;
    mysg->c = c;
    gp->waiting = mysg;
    gp->param = nil;
    waitqEnqueue(&c->recvq, mysg);
    gopark(chanparkcommit, &c->lock, waitReasonChanReceive);

    if (mysg != gp->waiting) throw("G waiting list is corrupted");
    gp->waiting = nil;
    bool success = mysg->success;
    gp->param = nil;
    mysg->c = nil;
    releaseSudog(mysg);
    return success;
}

// recv completes a receive from the sender sg found waiting on c (c
// locked; unlockf unlocks it).
void chanrecvDirect(hchan *c, sudog *sg, void *ep, unlockfn unlockf, void *arg) {
    if (c->dataqsiz == 0) {
        if (ep != nil) elemmove(c, ep, sg->elem);
    } else {
        // The buffer is full: take its head, and put the sender's value in
        // the slot just freed, which is the tail (sendx == recvx).
        void *qp = chanbuf(c, c->recvx);
        if (ep != nil) elemmove(c, ep, qp);
        elemmove(c, qp, sg->elem);
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->sendx = c->recvx;
    }
    sg->elem = nil;
    g *gp = sg->g;
    unlockf(arg);
    gp->param = sg;
    sg->success = true;
    goready(gp);
}

// ---- close ----------------------------------------------------------------------

// closechan releases every blocked receiver (with a zero value) and every
// blocked sender (who will panic), after unlocking.
void closechan(struct hchan *c) {
    if (c == nil) panicplain("close of nil channel");
    lock(&c->lock);
    if (c->closed != 0) {
        unlock(&c->lock);
        panicplain("close of closed channel");
    }
    __atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);

    g *glist = nil, *gtail = nil;
    for (int pass = 0; pass < 2; pass++) {
        waitq *q = pass == 0 ? &c->recvq : &c->sendq;
        sudog *sg;
        while ((sg = waitqDequeue(q)) != nil) {
            if (pass == 0 && sg->elem != nil) elemclr(c, sg->elem);
            sg->elem = nil;
            g *gp = sg->g;
            gp->param = sg;
            sg->success = false;
            gp->schedlink = nil;
            if (gtail != nil) gtail->schedlink = gp; else glist = gp;
            gtail = gp;
        }
    }
    unlock(&c->lock);
    // Ready all Gs now that the channel lock is dropped.
    while (glist != nil) {
        g *gp = glist;
        glist = gp->schedlink;
        gp->schedlink = nil;
        goready(gp);
    }
}

// ---- entry points for compiled code ---------------------------------------------

// c <- *elem
void chansend1(struct hchan *c, const void *elem) { chansend(c, elem, true); }

// *elem = <-c (elem may be nil)
void chanrecv1(struct hchan *c, void *elem) {
    bool selected;
    chanrecv(c, elem, true, &selected);
}

// *elem, ok = <-c
bool chanrecv2(struct hchan *c, void *elem) {
    bool selected;
    return chanrecv(c, elem, true, &selected);
}

// select { case c <- v: ... default: ... }
bool selectnbsend(struct hchan *c, const void *elem) { return chansend(c, elem, false); }

// select { case v, ok = <-c: ... default: ... }. Go returns (selected,
// received); here received goes through a pointer (nil: not wanted).
bool selectnbrecv(void *elem, struct hchan *c, bool *received) {
    bool selected;
    bool ok = chanrecv(c, elem, false, &selected);
    if (received != nil) *received = ok;
    return selected;
}
