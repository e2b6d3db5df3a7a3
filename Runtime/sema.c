// sema.c: semaphores and notify lists for packages sync and internal/poll,
// which reach them
// through //go:linkname'd functions (sync.runtime_Semacquire, ...).
// Go: runtime/sema.go.
//
// One M runs all goroutines today, so a waiter list per process and no
// locks are enough: a goroutine blocks with gopark and a release readies
// one waiter with goready. Go keeps a balanced tree of waiters per address
// (semaRoot); the list below is searched by address instead.
#include "runtime.h"

typedef struct semawaiter {
    g                 *gp;
    const void        *addr;     // the semaphore, or the notifyList
    uint32_t           ticket;   // notifyList: the ticket waited for
    struct semawaiter *next;
} semawaiter;

static semawaiter *waiters;     // oldest first

static void enqueue(g *gp, const void *addr, uint32_t ticket) {
    semawaiter *w = mallocgc(sizeof *w, nil, true);
    *w = (semawaiter){ gp, addr, ticket, nil };
    semawaiter **pp = &waiters;
    while (*pp != nil) pp = &(*pp)->next;
    *pp = w;
}

// dequeue removes and returns the oldest waiter on addr (with ticket, when
// matchTicket), or nil.
static g *dequeue(const void *addr, bool matchTicket, uint32_t ticket) {
    for (semawaiter **pp = &waiters; *pp != nil; pp = &(*pp)->next) {
        semawaiter *w = *pp;
        if (w->addr == addr && (!matchTicket || w->ticket == ticket)) {
            *pp = w->next;
            return w->gp;
        }
    }
    return nil;
}

// semacquire1: wait until *addr > 0, then decrement it.
static void semacquire1(uint32_t *addr, uint8_t reason) {
    while (__atomic_load_n(addr, __ATOMIC_SEQ_CST) == 0) {
        enqueue(getg(), addr, 0);
        gopark(nil, nil, reason);
    }
    __atomic_fetch_sub(addr, 1, __ATOMIC_SEQ_CST);
}

void sync_runtime_Semacquire(uint32_t *addr) GO_SYM("sync.runtime_Semacquire");
void sync_runtime_Semacquire(uint32_t *addr) { semacquire1(addr, waitReasonSemacquire); }

// lifo and skipframes only matter to Go's fairness and profiling.
void sync_runtime_SemacquireMutex(uint32_t *addr, bool lifo, go_int skipframes) GO_SYM("sync.runtime_SemacquireMutex");
void sync_runtime_SemacquireMutex(uint32_t *addr, bool lifo, go_int skipframes) {
    semacquire1(addr, waitReasonSemacquire);
}

void sync_runtime_Semrelease(uint32_t *addr, bool handoff, go_int skipframes) GO_SYM("sync.runtime_Semrelease");
void sync_runtime_Semrelease(uint32_t *addr, bool handoff, go_int skipframes) {
    __atomic_fetch_add(addr, 1, __ATOMIC_SEQ_CST);
    g *gp = dequeue(addr, false, 0);
    if (gp != nil) goready(gp);
}

// internal/poll's fdMutex waits for a descriptor's other users on Close.
void poll_runtime_Semacquire(uint32_t *addr) GO_SYM("internal/poll.runtime_Semacquire");
void poll_runtime_Semacquire(uint32_t *addr) { semacquire1(addr, waitReasonSemacquire); }

void poll_runtime_Semrelease(uint32_t *addr) GO_SYM("internal/poll.runtime_Semrelease");
void poll_runtime_Semrelease(uint32_t *addr) { sync_runtime_Semrelease(addr, false, 0); }

// notifyList: sync.Cond's wait list, the layout of sync.notifyList.
typedef struct notifyList {
    uint32_t   wait;     // ticket of the next waiter
    uint32_t   notify;   // ticket of the next waiter to be notified
    go_uintptr lock;
    void      *head, *tail;
} notifyList;

uint32_t sync_runtime_notifyListAdd(notifyList *l) GO_SYM("sync.runtime_notifyListAdd");
uint32_t sync_runtime_notifyListAdd(notifyList *l) { return l->wait++; }

void sync_runtime_notifyListWait(notifyList *l, uint32_t t) GO_SYM("sync.runtime_notifyListWait");
void sync_runtime_notifyListWait(notifyList *l, uint32_t t) {
    // Already notified: tickets below notify were woken.
    if ((int32_t)(t - l->notify) < 0) return;
    enqueue(getg(), l, t);
    gopark(nil, nil, waitReasonSyncCondWait);
}

void sync_runtime_notifyListNotifyAll(notifyList *l) GO_SYM("sync.runtime_notifyListNotifyAll");
void sync_runtime_notifyListNotifyAll(notifyList *l) {
    l->notify = l->wait;
    for (g *gp; (gp = dequeue(l, false, 0)) != nil;) goready(gp);
}

void sync_runtime_notifyListNotifyOne(notifyList *l) GO_SYM("sync.runtime_notifyListNotifyOne");
void sync_runtime_notifyListNotifyOne(notifyList *l) {
    if (l->wait == l->notify) return;
    uint32_t t = l->notify++;
    g *gp = dequeue(l, true, t);
    if (gp != nil) goready(gp);
}

void sync_runtime_notifyListCheck(go_uintptr size) GO_SYM("sync.runtime_notifyListCheck");
void sync_runtime_notifyListCheck(go_uintptr size) {
    if (size != sizeof(notifyList)) throw("bad notifyList size - sync/runtime mismatch");
}

// Spinning helps only with several Ms running at once.
bool sync_runtime_canSpin(go_int i) GO_SYM("sync.runtime_canSpin");
bool sync_runtime_canSpin(go_int i) { return false; }
void sync_runtime_doSpin(void) GO_SYM("sync.runtime_doSpin");
void sync_runtime_doSpin(void) {}

int64_t sync_runtime_nanotime(void) GO_SYM("sync.runtime_nanotime");
int64_t sync_runtime_nanotime(void) { return nanotime(); }

// Pools are never cleaned yet: there is no GC cycle hook for them.
void sync_runtime_registerPoolCleanup(const void *cleanup) GO_SYM("sync.runtime_registerPoolCleanup");
void sync_runtime_registerPoolCleanup(const void *cleanup) {}

uint32_t sync_fastrandn(uint32_t n) GO_SYM("sync.fastrandn");
uint32_t sync_fastrandn(uint32_t n) { return (uint32_t)(((uint64_t)fastrand() * n) >> 32); }

// sync.throw and sync.fatal: a fatal error with sync's message.
static GO_NORETURN void fatalstring(const uint8_t *s, go_int n) {
    uint8_t *msg = mallocgc((go_uintptr)n + 1, nil, false);
    memmove(msg, s, (size_t)n);
    msg[n] = 0;
    throw((const char *)msg);
}

void sync_throw(const uint8_t *s, go_int n) GO_SYM("sync.throw");
void sync_throw(const uint8_t *s, go_int n) { fatalstring(s, n); }
void sync_fatal(const uint8_t *s, go_int n) GO_SYM("sync.fatal");
void sync_fatal(const uint8_t *s, go_int n) { fatalstring(s, n); }
