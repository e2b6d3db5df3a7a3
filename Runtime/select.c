// select.c: the select statement. Go: runtime/select.go.
//
// The compiler lowers the common shapes itself (cmd/compile walk/select.go):
// `select {}` calls block; a single case is a plain channel operation; a
// case plus default calls selectnbsend/selectnbrecv (chan.c). Everything
// else builds an array of scases (sends first, then receives) and calls
// selectgo, which
//   1. visits the cases in a random order (pollorder), so that no case
//      starves another;
//   2. locks every channel involved in address order (lockorder), so that
//      two selects over the same channels cannot deadlock each other;
//   3. takes the first case that can proceed; otherwise (no default)
//      enqueues a sudog per case and parks; the first channel operation to
//      win gp.selectDone wakes it, and the other sudogs are dequeued.
#include "chan.h"
#include "alg.h"

// fastrandn: a random number in [0, n), without division (Lemire).
static inline uint32_t fastrandn(uint32_t n) {
    return (uint32_t)(((uint64_t)fastrand() * n) >> 32);
}

static void sellock(scase *scases, const uint16_t *lockorder, int n) {
    hchan *c = nil;
    for (int i = 0; i < n; i++) {
        hchan *c0 = scases[lockorder[i]].c;
        if (c0 != c) {   // a channel may appear in several cases: lock once
            c = c0;
            lock(&c->lock);
        }
    }
}

static void selunlock(scase *scases, const uint16_t *lockorder, int n) {
    // Unlock in reverse order; a channel that appears several times is
    // unlocked at its first position only.
    for (int i = n - 1; i >= 0; i--) {
        hchan *c = scases[lockorder[i]].c;
        if (i > 0 && c == scases[lockorder[i - 1]].c) continue;
        unlock(&c->lock);
    }
}

// selparkcommit (on g0): the sudogs are queued and the g is off its stack;
// unlock the channels, each once (g.waiting is in lock order).
static bool selparkcommit(g *gp, void *unused) {
    (void)unused;
    hchan *lastc = nil;
    for (sudog *sg = gp->waiting; sg != nil; sg = sg->waitlink) {
        if (sg->c != lastc && lastc != nil) unlock(&lastc->lock);
        lastc = sg->c;
    }
    if (lastc != nil) unlock(&lastc->lock);
    return true;
}

// block implements `select {}`: park forever.
void block(void) {
    gopark(nil, nil, waitReasonSelectNoCases);
    throw("unreachable");
}

// dequeueSudoG removes sgp from q, wherever it is (a select that was
// woken by another case takes its other sudogs back).
static void dequeueSudoG(waitq *q, sudog *sgp) {
    sudog *x = sgp->prev, *y = sgp->next;
    if (x != nil) {
        if (y != nil) {
            x->next = y;
            y->prev = x;
        } else {
            x->next = nil;
            q->last = x;
        }
        sgp->next = nil;
        sgp->prev = nil;
        return;
    }
    if (y != nil) {
        y->prev = nil;
        q->first = y;
        sgp->next = nil;
        return;
    }
    // x == y == nil: sgp is the only element, or not in the queue at all.
    if (q->first == sgp) {
        q->first = nil;
        q->last = nil;
    }
}

// The heap sort of lockorder by channel address (constant stack, n log n).
static void sortLockorder(scase *scases, const uint16_t *pollorder, uint16_t *lockorder, int n) {
    for (int i = 0; i < n; i++) {
        int j = i;
        // Start with the pollorder, to permute cases on the same channel.
        hchan *c = scases[pollorder[i]].c;
        while (j > 0 && (go_uintptr)scases[lockorder[(j - 1) / 2]].c < (go_uintptr)c) {
            int k = (j - 1) / 2;
            lockorder[j] = lockorder[k];
            j = k;
        }
        lockorder[j] = pollorder[i];
    }
    for (int i = n - 1; i >= 0; i--) {
        uint16_t o = lockorder[i];
        hchan *c = scases[o].c;
        lockorder[i] = lockorder[0];
        int j = 0;
        for (;;) {
            int k = j * 2 + 1;
            if (k >= i) break;
            if (k + 1 < i && (go_uintptr)scases[lockorder[k]].c < (go_uintptr)scases[lockorder[k + 1]].c) k++;
            if ((go_uintptr)c < (go_uintptr)scases[lockorder[k]].c) {
                lockorder[j] = lockorder[k];
                j = k;
                continue;
            }
            break;
        }
        lockorder[j] = o;
    }
}

typedef struct selunlockArg { scase *scases; const uint16_t *lockorder; int n; } selunlockArg;

static void selunlockf(void *arg) {
    selunlockArg *a = arg;
    selunlock(a->scases, a->lockorder, a->n);
}

// selectgo runs a select: cas0[0:nsends] are the sends, cas0[nsends:
// nsends+nrecvs] the receives; order0 has room for 2*ncases uint16s. A case
// on a nil channel never proceeds. Returns the index of the case chosen
// (-1: none, when !block) and, in *recvOK, whether a receive got a value
// rather than a closed channel's zero.
go_int selectgo(scase *cas0, uint16_t *order0, go_int nsends, go_int nrecvs, bool block,
                bool *recvOK) {
    int ncases = (int)(nsends + nrecvs);
    scase *scases = cas0;
    uint16_t *pollorder = order0;
    uint16_t *lockorder = order0 + ncases;
    *recvOK = false;

    // A random permutation of the cases that have channels (inside-out
    // Fisher-Yates).
    int norder = 0;
    for (int i = 0; i < ncases; i++) {
        scase *cas = &scases[i];
        if (cas->c == nil) {
            cas->elem = nil;
            continue;
        }
        uint32_t j = fastrandn((uint32_t)norder + 1);
        pollorder[norder] = pollorder[j];
        pollorder[j] = (uint16_t)i;
        norder++;
    }
    sortLockorder(scases, pollorder, lockorder, norder);
    sellock(scases, lockorder, norder);
    selunlockArg ua = { scases, lockorder, norder };

    // Pass 1: look for a case that can proceed now.
    int casi = -1;
    scase *cas = nil;
    hchan *c = nil;
    sudog *sg = nil;
    for (int i = 0; i < norder; i++) {
        casi = pollorder[i];
        cas = &scases[casi];
        c = cas->c;
        if (casi >= nsends) {
            if ((sg = waitqDequeue(&c->sendq)) != nil) goto recv;
            if (c->qcount > 0) goto bufrecv;
            if (c->closed != 0) goto rclose;
        } else {
            if (c->closed != 0) goto sclose;
            if ((sg = waitqDequeue(&c->recvq)) != nil) goto send;
            if (c->qcount < c->dataqsiz) goto bufsend;
        }
    }
    if (!block) {
        selunlock(scases, lockorder, norder);
        return -1;
    }

    // Pass 2: enqueue a sudog on every channel, in lock order, and park.
    g *gp = getg();
    if (gp->waiting != nil) throw("gp.waiting != nil");
    sudog **nextp = &gp->waiting;
    for (int i = 0; i < norder; i++) {
        int ci = lockorder[i];
        scase *k = &scases[ci];
        sudog *s = acquireSudog();
        s->g = gp;
        s->isSelect = true;
        s->elem = k->elem;
        s->c = k->c;
        *nextp = s;   // the waiting list is in lock order
        nextp = &s->waitlink;
        if (ci < nsends) waitqEnqueue(&k->c->sendq, s);
        else waitqEnqueue(&k->c->recvq, s);
    }
    gp->param = nil;
    gopark(selparkcommit, nil, waitReasonSelect);

    // Woken: gp->param is the sudog whose operation completed.
    sellock(scases, lockorder, norder);
    gp->selectDone = 0;
    sg = gp->param;
    gp->param = nil;

    // Pass 3: take the other sudogs off their channels.
    casi = -1;
    cas = nil;
    bool caseSuccess = false;
    sudog *sglist = gp->waiting;
    // Clear all elem before unlinking from gp.waiting.
    for (sudog *s = gp->waiting; s != nil; s = s->waitlink) {
        s->isSelect = false;
        s->elem = nil;
        s->c = nil;
    }
    gp->waiting = nil;
    for (int i = 0; i < norder; i++) {
        int ci = lockorder[i];
        scase *k = &scases[ci];
        if (sg == sglist) {
            // Already dequeued by the g that woke us.
            casi = ci;
            cas = k;
            caseSuccess = sglist->success;
        } else if (ci < nsends) {
            dequeueSudoG(&k->c->sendq, sglist);
        } else {
            dequeueSudoG(&k->c->recvq, sglist);
        }
        sudog *sgnext = sglist->waitlink;
        sglist->waitlink = nil;
        releaseSudog(sglist);
        sglist = sgnext;
    }
    if (cas == nil) throw("selectgo: bad wakeup");
    c = cas->c;
    if (casi < nsends) {
        if (!caseSuccess) goto sclose;   // woken by close
    } else {
        *recvOK = caseSuccess;
    }
    selunlock(scases, lockorder, norder);
    return casi;

bufrecv: {
        // Take the head of the buffer.
        *recvOK = true;
        void *qp = chanbuf(c, c->recvx);
        if (cas->elem != nil) memmove(cas->elem, qp, c->elemsize);
        memclrNoHeapPointers(qp, c->elemsize);
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->qcount--;
        selunlock(scases, lockorder, norder);
        return casi;
    }
bufsend:
    memmove(chanbuf(c, c->sendx), cas->elem, c->elemsize);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount++;
    selunlock(scases, lockorder, norder);
    return casi;
recv:
    // A sender is waiting: as chanrecv's hand-off.
    chanrecvDirect(c, sg, cas->elem, selunlockf, &ua);
    *recvOK = true;
    return casi;
rclose:
    // A closed channel: the zero value, !ok.
    selunlock(scases, lockorder, norder);
    *recvOK = false;
    if (cas->elem != nil) memclrNoHeapPointers(cas->elem, c->elemsize);
    return casi;
send:
    // A receiver is waiting: as chansend's hand-off.
    chansendDirect(c, sg, cas->elem, selunlockf, &ua);
    return casi;
sclose:
    selunlock(scases, lockorder, norder);
    panicClosedSend();
}
