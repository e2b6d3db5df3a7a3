// t_chan.c: channels (chan.c) and select (select.c, included for its static
// lock-order helpers), without goroutines: buffered rings and non-blocking
// operations against a FIFO model, close, and the direct hand-off to a
// blocked g, staged by queueing a sudog of a stand-in g as chansend/chanrecv
// would before parking (goready is recorded by hosted.c).
#include "../../select.c"
#include "hosted.h"
#include <string.h>

static const uint8_t ptrs1[] = {1};
static const _type tElem24 = {.size = 24, .align = 8, .kind = kindStruct, .name = {S("main.E")}};
static const _type tElemBig = {.size = 1000, .align = 8, .kind = kindArray, .name = {S("[125]int64")}};
static const _type tElemPtr = {.size = 16, .ptrdata = 8, .align = 8, .kind = kindString, .gcdata = ptrs1,
                               .name = {S("string")}};
static const _type tElem0 = {.size = 0, .align = 1, .kind = kindStruct, .name = {S("struct {}")}};
static const _type *elemTypes[] = {&tInt64, &tElem24, &tElemBig, &tElemPtr, &tElem0};
#define NELEMT (int)(sizeof elemTypes / sizeof elemTypes[0])
static _type chanTypes[NELEMT];

static void initChanTypes(void) {
    for (int i = 0; i < NELEMT; i++)
        chanTypes[i] = (_type){.size = 8, .ptrdata = 8, .kind = kindChan, .elem = elemTypes[i], .name = {S("chan T")}};
}

// An element carrying value v: v in its first and last word (when it has them).
static void mkElem(const _type *et, uint8_t *buf, uint64_t v) {
    memset(buf, 0, 1000);
    if (et->size >= 8) {
        memcpy(buf, &v, 8);
        memcpy(buf + et->size - 8, &v, 8);
    }
}
static bool elemHas(const _type *et, const uint8_t *buf, uint64_t v) {
    if (et->size < 8) return true;
    uint64_t a, b;
    memcpy(&a, buf, 8);
    memcpy(&b, buf + et->size - 8, 8);
    return a == v && b == v;
}

static go_uintptr qcount(hchan *c) { return *(go_uintptr *)c; }

// Non-blocking sends and receives against a FIFO of values.
void test_chan_ring(void) {
    initChanTypes();
    for (int round = 0; round < 200; round++) {
        int ti = (int)rndn(NELEMT);
        const _type *et = elemTypes[ti];
        go_int size = (go_int)rndn(4) == 0 ? 0 : 1 + (go_int)rndn(40);
        hchan *c = makechan(&chanTypes[ti], size);
        CHECK_EQ(c->dataqsiz, size);
        uint64_t fifo[64];
        int head = 0, n = 0;
        uint8_t buf[1000];
        for (int op = 0; op < 2000; op++) {
            if (rndn(2) == 0) {
                uint64_t v = rnd() | 1;
                mkElem(et, buf, v);
                bool ok = selectnbsend(c, buf);
                CHECKF(ok == (n < size), "send on a channel with %d of %ld: %d", n, (long)size, ok);
                if (ok) fifo[(head + n++) % 64] = v;
            } else {
                bool received = false;
                memset(buf, 0xee, sizeof buf);
                bool ok = selectnbrecv(rndn(8) == 0 ? nil : buf, c, &received);
                CHECK_EQ(ok, n > 0);
                CHECK_EQ(received, n > 0);
                if (ok) {
                    if (buf[0] != 0xee || et->size == 0) CHECKF(elemHas(et, buf, fifo[head % 64]), "FIFO order broken");
                    head++;
                    n--;
                }
            }
            CHECK_EQ(qcount(c), n);
        }
    }
}

static void closeIt(void *c) { closechan(c); }
static void sendIt(void *c) { int64_t v = 1; selectnbsend(c, &v); }
static void makeNeg(void *t) { makechan(t, -1); }
static void makeHuge(void *t) { makechan(t, (go_int)1 << 62); }

void test_chan_close(void) {
    initChanTypes();
    for (int round = 0; round < 100; round++) {
        go_int size = (go_int)rndn(10);
        hchan *c = makechan(&chanTypes[0], size);
        int n = size ? (int)rndn((uint64_t)size + 1) : 0;
        for (int64_t i = 0; i < n; i++) CHECK(selectnbsend(c, &i));
        closechan(c);
        expectFatal(closeIt, c, "panic: close of closed channel");
        expectFatal(sendIt, c, "panic: send on closed channel");
        // The buffered values drain first, then receives report closed.
        for (int64_t i = 0; i < n; i++) {
            int64_t v = -1;
            bool received;
            CHECK(selectnbrecv(&v, c, &received) && received && v == i);
        }
        for (int i = 0; i < 3; i++) {
            int64_t v = 99;
            bool received = true;
            CHECK(selectnbrecv(&v, c, &received));
            CHECK(!received && v == 0);
        }
    }
    // nil channels: never ready; close panics.
    int64_t v = 1;
    bool received = true;
    CHECK(!selectnbsend(nil, &v));
    CHECK(!selectnbrecv(&v, nil, &received));
    expectFatal(closeIt, nil, "panic: close of nil channel");
    expectFatal(makeNeg, &chanTypes[0], "panic: makechan: size out of range");
    expectFatal(makeHuge, &chanTypes[0], "panic: makechan: size out of range");
    // Zero-size elements need no buffer: any size is fine, as in Go.
    CHECK_EQ(makechan(&chanTypes[4], (go_int)1 << 62)->dataqsiz, (go_int)1 << 62);
}

// checkRing: an open, empty channel of int64 still works as a FIFO of its
// capacity (its send and receive indexes agree after whatever happened).
static void checkRing(hchan *c) {
    CHECK_EQ(qcount(c), 0);
    for (int r = 0; r < 2; r++) {
        for (int64_t i = 0; i < (int64_t)c->dataqsiz; i++) CHECK(selectnbsend(c, &i));
        int64_t v = 1;
        CHECK(!selectnbsend(c, &v));
        bool received;
        for (int64_t i = 0; i < (int64_t)c->dataqsiz; i++) {
            CHECK(selectnbrecv(&v, c, &received) && received);
            CHECKF(v == i, "ring out of order: got %ld, want %ld", (long)v, (long)i);
        }
    }
}

// ---- the direct hand-off -----------------------------------------------------------------------
static g waiters[8];

// park: what chansend/chanrecv do before gopark, for a stand-in g.
static sudog *park(hchan *c, int w, void *elem, bool send, bool isSelect) {
    sudog *s = acquireSudog();
    s->g = &waiters[w];
    s->elem = elem;
    s->c = c;
    s->isSelect = isSelect;
    waiters[w].waiting = s;
    waiters[w].param = nil;
    waiters[w].selectDone = 0;
    waiters[w].atomicstatus = _Gwaiting;
    waitqEnqueue(send ? &c->sendq : &c->recvq, s);
    return s;
}

// wake: what the woken g does after gopark returns.
static bool wake(int w, sudog *s) {
    CHECK(waiters[w].param == s);
    bool ok = s->success;
    waiters[w].param = nil;
    waiters[w].waiting = nil;
    s->c = nil;
    s->isSelect = false;
    s->elem = nil;
    releaseSudog(s);
    return ok;
}

void test_chan_direct(void) {
    initChanTypes();
    for (int round = 0; round < 300; round++) {
        nreadied = 0;
        go_int size = (go_int)rndn(3);
        hchan *c = makechan(&chanTypes[0], size);
        int64_t v;
        bool received;
        if (rndn(2) == 0) {
            // Receivers waiting (the buffer is empty): sends go straight to them, in order.
            int nw = 1 + (int)rndn(4);
            int64_t dst[8] = {0};
            sudog *ss[8];
            // A select's sudog whose select was already won elsewhere is skipped.
            bool stale = rndn(2) == 0;
            if (stale) { ss[7] = park(c, 7, &dst[7], false, true); waiters[7].selectDone = 1; }
            for (int w = 0; w < nw; w++) ss[w] = park(c, w, &dst[w], false, rndn(2) == 0);
            for (int w = 0; w < nw; w++) {
                v = 100 + w;
                CHECK(selectnbsend(c, &v));
                CHECK_EQ(nreadied, w + 1);
                CHECK(readied[w] == &waiters[w]);
                CHECK_EQ(dst[w], 100 + w);
                CHECK(wake(w, ss[w]));
            }
            CHECK_EQ(qcount(c), 0);
            CHECK(c->recvq.first == nil);
            checkRing(c);
            if (stale) { ss[7]->isSelect = false; ss[7]->elem = nil; ss[7]->c = nil; releaseSudog(ss[7]); }
        } else {
            // Senders waiting behind a full buffer: receives take the buffer
            // in order, each refilled from the next sender.
            for (int64_t i = 0; i < size; i++) CHECK(selectnbsend(c, &i));
            int nw = 1 + (int)rndn(4);
            int64_t src[8];
            sudog *ss[8];
            for (int w = 0; w < nw; w++) { src[w] = size + w; ss[w] = park(c, w, &src[w], true, false); }
            for (int64_t i = 0; i < size + nw; i++) {
                CHECK(selectnbrecv(&v, c, &received) && received);
                CHECK_EQ(v, i);
                if (i < nw) {
                    CHECK_EQ(nreadied, i + 1);
                    CHECK(wake((int)i, ss[i]));
                }
            }
            CHECK_EQ(qcount(c), 0);
            checkRing(c);
        }
        // Close with waiters: receivers get zero and !success; senders !success.
        nreadied = 0;
        int64_t d0 = 7, d1 = 8;
        sudog *r0 = park(c, 0, &d0, false, false), *r1 = park(c, 1, &d1, false, false);
        closechan(c);
        CHECK_EQ(nreadied, 2);
        CHECK(d0 == 0 && d1 == 0);
        CHECK(!wake(0, r0) && !wake(1, r1));
    }
}

// ---- select --------------------------------------------------------------------------------------
void test_select_nonblocking(void) {
    initChanTypes();
    enum { N = 6 };
    for (int round = 0; round < 400; round++) {
        hchan *cs[N];
        go_int caps[N];
        for (int i = 0; i < N; i++) {
            caps[i] = (go_int)rndn(3);
            cs[i] = rndn(6) == 0 ? nil : makechan(&chanTypes[0], caps[i]);
            if (cs[i] != nil)
                for (int64_t j = (int64_t)rndn((uint64_t)caps[i] + 1); j > 0; j--) CHECK(selectnbsend(cs[i], &j));
            if (cs[i] != nil && rndn(5) == 0) closechan(cs[i]);
        }
        // Sends only on open channels (a send on a closed one panics).
        scase cases[2 * N];
        int64_t vals[2 * N];
        int nsends = 0, nrecvs = 0;
        int which[2 * N];
        for (int i = 0; i < N; i++)
            if (rndn(2) == 0 && (cs[i] == nil || !cs[i]->closed)) { which[nsends] = i; cases[nsends] = (scase){cs[i], &vals[nsends]}; vals[nsends] = 1000 + i; nsends++; }
        for (int i = 0; i < N; i++)
            if (rndn(2) == 0) { which[nsends + nrecvs] = i; cases[nsends + nrecvs] = (scase){cs[i], &vals[nsends + nrecvs]}; nrecvs++; }
        int ncases = nsends + nrecvs;
        bool ready[2 * N];
        int nready = 0;
        for (int ci = 0; ci < ncases; ci++) {
            hchan *c = cases[ci].c;
            if (c == nil) ready[ci] = false;
            else if (ci < nsends) ready[ci] = qcount(c) < c->dataqsiz;
            else ready[ci] = qcount(c) > 0 || c->closed;
            nready += ready[ci];
        }
        uint16_t order[4 * N];
        bool recvOK;
        int64_t before[N];
        for (int i = 0; i < N; i++) before[i] = cs[i] ? (int64_t)qcount(cs[i]) : -1;
        go_int chosen = selectgo(cases, order, nsends, nrecvs, false, &recvOK);
        if (nready == 0) { CHECK_EQ(chosen, -1); continue; }
        CHECKF(chosen >= 0 && chosen < ncases && ready[chosen], "selectgo chose %ld", (long)chosen);
        hchan *c = cases[chosen].c;
        int i = which[chosen];
        if (chosen < nsends) CHECK_EQ((int64_t)qcount(c), before[i] + 1);
        else if (before[i] > 0) { CHECK(recvOK); CHECK_EQ((int64_t)qcount(c), before[i] - 1); }
        else { CHECK(!recvOK && c->closed); CHECK_EQ(vals[chosen], 0); }
        CHECK_EQ(getg()->m->locks, 0);
    }
    // Fairness: with every case ready, each is chosen now and then.
    hchan *cs[4];
    for (int i = 0; i < 4; i++) cs[i] = makechan(&chanTypes[0], 1000);
    int counts[4] = {0};
    for (int r = 0; r < 400; r++) {
        int64_t v = r;
        scase cases[4] = {{cs[0], &v}, {cs[1], &v}, {cs[2], &v}, {cs[3], &v}};
        uint16_t order[8];
        bool ok;
        go_int ci = selectgo(cases, order, 4, 0, false, &ok);
        CHECK(ci >= 0 && ci < 4);
        counts[ci]++;
    }
    for (int i = 0; i < 4; i++) CHECKF(counts[i] > 40, "case %d chosen %d times of 400", i, counts[i]);
}

// The lock order is a permutation of the poll order sorted by channel
// address; sellock takes each distinct channel once, selunlock releases all.
void test_select_lockorder(void) {
    initChanTypes();
    hchan *pool[8];
    for (int i = 0; i < 8; i++) pool[i] = makechan(&chanTypes[0], 1);
    for (int round = 0; round < 2000; round++) {
        int n = 1 + (int)rndn(40);
        scase cases[40];
        uint16_t poll[40], lockorder[40];
        for (int i = 0; i < n; i++) { cases[i] = (scase){pool[rndn(8)], nil}; poll[i] = (uint16_t)i; }
        for (int i = n - 1; i > 0; i--) { int j = (int)rndn((uint64_t)i + 1); uint16_t t = poll[i]; poll[i] = poll[j]; poll[j] = t; }
        sortLockorder(cases, poll, lockorder, n);
        bool seen[40] = {0};
        for (int i = 0; i < n; i++) {
            CHECK(lockorder[i] < n && !seen[lockorder[i]]);
            seen[lockorder[i]] = true;
            if (i > 0) CHECK((go_uintptr)cases[lockorder[i - 1]].c <= (go_uintptr)cases[lockorder[i]].c);
        }
        sellock(cases, lockorder, n);
        int distinct = 0;
        for (int k = 0; k < 8; k++) {
            bool used = false;
            for (int i = 0; i < n; i++) used |= cases[i].c == pool[k];
            distinct += used;
            CHECK_EQ(pool[k]->lock.key, used ? 1 : 0);
        }
        CHECK_EQ(getg()->m->locks, distinct);
        selunlock(cases, lockorder, n);
        for (int k = 0; k < 8; k++) CHECK_EQ(pool[k]->lock.key, 0);
        CHECK_EQ(getg()->m->locks, 0);
    }
}

// ---- blocking operations, woken by "another goroutine" (hosted.c's parkHook) ----------------
typedef struct blockArg { hchan *c; int mode; int64_t v; int64_t got[8]; int ngot; } blockArg;
enum { hookRecvAll, hookSend, hookClose };

static void blockHook(void *p) {
    blockArg *a = p;
    bool received;
    switch (a->mode) {
    case hookRecvAll:   // drain the buffer and the blocked sender's value
        while (selectnbrecv(&a->got[a->ngot], a->c, &received)) { CHECK(received); a->ngot++; }
        break;
    case hookSend: CHECK(selectnbsend(a->c, &a->v)); break;
    case hookClose: closechan(a->c); break;
    }
}

static void sendBlocking(void *p) { blockArg *a = p; int64_t v = 99; chansend1(a->c, &v); }

static void checkQuiet(hchan *c) {
    CHECK(c->sendq.first == nil && c->sendq.last == nil);
    CHECK(c->recvq.first == nil && c->recvq.last == nil);
    CHECK_EQ(c->lock.key, 0);
    g *gp = getg();
    CHECK(gp->waiting == nil && gp->param == nil && gp->selectDone == 0);
    CHECK_EQ(gp->m->locks, 0);
}

void test_chan_blocking(void) {
    initChanTypes();
    for (int round = 0; round < 400; round++) {
        go_int size = (go_int)rndn(4);
        blockArg a = {.c = makechan(&chanTypes[0], size)};
        parkArg = &a;
        nreadied = 0;
        switch (rndn(4)) {
        case 0:   // send blocks on a full channel; the other g receives everything, in order
            for (int64_t i = 0; i < size; i++) CHECK(selectnbsend(a.c, &i));
            a.mode = hookRecvAll;
            parkHook = blockHook;
            int64_t v = size;
            chansend1(a.c, &v);
            CHECK_EQ(a.ngot, size + 1);
            for (int i = 0; i <= size; i++) CHECK_EQ(a.got[i], i);
            checkRing(a.c);
            break;
        case 1: {  // receive blocks; the other g sends
            a.mode = hookSend;
            a.v = (int64_t)rnd();
            parkHook = blockHook;
            int64_t got = 0;
            CHECK(chanrecv2(a.c, &got));
            CHECK_EQ(got, a.v);
            checkRing(a.c);
            break;
        }
        case 2: {  // receive blocks; the other g closes: zero value, !ok
            a.mode = hookClose;
            parkHook = blockHook;
            int64_t got = 12345;
            CHECK(!chanrecv2(a.c, &got));
            CHECK_EQ(got, 0);
            break;
        }
        default:   // send blocks; the other g closes: the sender panics
            for (int64_t i = 0; i < size; i++) CHECK(selectnbsend(a.c, &i));
            a.mode = hookClose;
            parkHook = blockHook;
            expectFatal(sendBlocking, &a, "panic: send on closed channel");
            break;
        }
        CHECK(parkHook == nil);
        checkQuiet(a.c);
    }
    // The sudog caches: a full P cache spills half to the central one and
    // refills from it; every sudog comes back clean.
    static sudog *ss[300];
    for (int r = 0; r < 3; r++) {
        int n = 1 + (int)rndn(300);
        for (int i = 0; i < n; i++) {
            ss[i] = acquireSudog();
            CHECK(ss[i]->next == nil && ss[i]->elem == nil && ss[i]->c == nil && ss[i]->waitlink == nil);
            for (int j = 0; j < i; j += 37) CHECK(ss[j] != ss[i]);
        }
        for (int i = 0; i < n; i++) releaseSudog(ss[i]);
        p *pp = getg()->m->p;
        CHECK(pp->nsudogcache <= 128);
        int cnt = 0;
        for (sudog *s = pp->sudogcache; s != nil; s = s->next) cnt++;
        CHECK_EQ(cnt, pp->nsudogcache);
    }
}

// selectgo that has to block: every case is enqueued, the other g completes
// one of them (or closes a channel), and selectgo must return a case on that
// channel in that direction, with the value, and take its other sudogs off
// every queue.
// Stand-in gs queued on c2 (senders) and c3 (receivers) around the
// select's own sudogs, so that it has to take them out of the middle of a
// queue; they do not make any case ready.
typedef struct standin { hchan *c; sudog *s; int64_t v; } standin;
typedef struct selArg {
    hchan *c; int op; int64_t v; int64_t got;
    hchan *c2, *c3; standin sin[6]; int nsin, nafter;
} selArg;
enum { selSendTo, selRecvFrom, selClose };
static g *selParked;

static void addStandins(selArg *a, int n) {
    for (int i = 0; i < n && a->nsin < 6; i++) {
        standin *st = &a->sin[a->nsin];
        st->c = rndn(2) ? a->c2 : a->c3;
        st->v = 7000 + a->nsin;
        st->s = park(st->c, a->nsin, &st->v, st->c == a->c2, false);
        a->nsin++;
    }
}

static bool parkedReadied(void) {
    for (int i = 0; i < nreadied; i++) if (readied[i] == selParked) return true;
    return false;
}

static void selHook(void *p) {
    selArg *a = p;
    bool received;
    addStandins(a, a->nafter);   // queued behind the select's sudogs
    // Serve the queue until the select is the one woken (stand-ins ahead of
    // it on the same channel go first).
    do {
        switch (a->op) {
        case selSendTo: CHECK(selectnbsend(a->c, &a->v)); break;
        case selRecvFrom: CHECK(selectnbrecv(&a->got, a->c, &received) && received); break;
        case selClose: closechan(a->c); break;
        }
    } while (!parkedReadied() && a->op != selClose);
}

// Stand-ins that were served are woken; the others are taken off their queue.
static void releaseStandins(selArg *a) {
    for (int i = 0; i < a->nsin; i++) {
        standin *st = &a->sin[i];
        if (waiters[i].param == st->s) { wake(i, st->s); continue; }
        dequeueSudoG(st->c == a->c2 ? &st->c->sendq : &st->c->recvq, st->s);
        waiters[i].param = st->s;
        wake(i, st->s);
    }
}
typedef struct selCall { scase *cases; uint16_t *order; int nsends, nrecvs; bool ok; go_int r; } selCall;
static void callSelect(void *p) {
    selCall *s = p;
    s->r = selectgo(s->cases, s->order, s->nsends, s->nrecvs, true, &s->ok);
}

void test_select_blocking(void) {
    initChanTypes();
    for (int round = 0; round < 600; round++) {
        // c0, c1 unbuffered (either direction), c2 buffered and full (sends),
        // c3 buffered and empty (receives): no case can proceed at once.
        hchan *pool[4] = {makechan(&chanTypes[0], 0), makechan(&chanTypes[0], 0),
                          makechan(&chanTypes[0], 1 + (go_int)rndn(2)), makechan(&chanTypes[0], 1 + (go_int)rndn(2))};
        for (int64_t i = 0; i < (int64_t)pool[2]->dataqsiz; i++) CHECK(selectnbsend(pool[2], &i));
        scase cases[8];
        int64_t vals[8];
        int nsends = (int)rndn(4), nrecvs = (nsends == 0 ? 1 : 0) + (int)rndn(4);
        for (int i = 0; i < nsends; i++) { cases[i] = (scase){pool[(int[]){0, 1, 2}[rndn(3)]], &vals[i]}; vals[i] = 500 + i; }
        for (int i = nsends; i < nsends + nrecvs; i++) { cases[i] = (scase){pool[(int[]){0, 1, 3}[rndn(3)]], &vals[i]}; vals[i] = -1; }
        int j = (int)rndn((uint64_t)(nsends + nrecvs));
        hchan *c = cases[j].c;
        bool isSend = j < nsends;
        selArg a = {.c = c, .op = isSend ? selRecvFrom : selSendTo, .v = (int64_t)(rnd() >> 1)};
        // Closing a channel with a receive case wakes the select with !ok;
        // closing one with only send cases makes it panic.
        bool hasRecv = false;
        for (int i = nsends; i < nsends + nrecvs; i++) hasRecv |= cases[i].c == c;
        if (rndn(5) == 0) a.op = selClose;
        uint16_t order[16];
        nreadied = 0;
        a.c2 = pool[2];
        a.c3 = pool[3];
        addStandins(&a, (int)rndn(3));   // ahead of the select's sudogs
        a.nafter = (int)rndn(3);
        selParked = getg();
        bool standinsAhead = a.nsin > 0;
        selCall call = {cases, order, nsends, nrecvs, false, -2};
        parkArg = &a;
        parkHook = selHook;
        if (a.op == selClose && !hasRecv) {
            expectFatal(callSelect, &call, "panic: send on closed channel");
        } else {
            callSelect(&call);
            go_int r = call.r;
            CHECKF(r >= 0 && r < nsends + nrecvs && cases[r].c == c && (r < nsends) == (a.op == selRecvFrom),
                   "selectgo returned case %ld (op %d on case %d)", (long)r, a.op, j);
            if (a.op == selSendTo) { CHECK(call.ok); CHECK_EQ(vals[r], a.v); }
            else if (a.op == selClose) { CHECK(!call.ok); CHECK_EQ(vals[r], 0); }
            else if (c == pool[2]) { if (!standinsAhead) CHECK_EQ(a.got, 0); }   // the buffer's head
            else CHECK_EQ(a.got, vals[r]);
        }
        CHECK(parkHook == nil);
        releaseStandins(&a);
        for (int i = 0; i < 4; i++) checkQuiet(pool[i]);
    }
}
