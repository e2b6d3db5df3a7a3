// sema.c: semaphores and notify lists for packages sync and internal/poll,
// which reach them through //go:linkname'd functions
// (sync.runtime_Semacquire, ...). Go: runtime/sema.go.
//
// Waiters are kept in a table of semaRoots hashed by address, each with
// its own lock and waiter count, as in Go (which keeps a balanced tree per
// root; a list searched by address is enough here). A waiter's record
// lives on its own stack while it is parked: stacks never move.
#include "runtime.h"

typedef struct semawaiter {
    g                 *gp;
    const void        *addr;     // the semaphore, or the notifyList
    uint32_t           ticket;   // notifyList: the ticket waited for
    struct semawaiter *next;
} semawaiter;

typedef struct semaRoot {
    mutex       lock;
    semawaiter *head, *tail;     // oldest first
    uint32_t    nwait;           // waiters, read without the lock by releasers
} semaRoot;

#define semTabSize 251
static semaRoot semtable[semTabSize];

static semaRoot *semroot(const void *addr) {
    return &semtable[((go_uintptr)addr >> 3) % semTabSize];
}

static void enqueue(semaRoot *root, semawaiter *w) {
    w->next = nil;
    if (root->tail != nil) root->tail->next = w;
    else root->head = w;
    root->tail = w;
}

// dequeue removes and returns the oldest waiter on addr (with ticket, when
// matchTicket), or nil. root->lock is held.
static g *dequeue(semaRoot *root, const void *addr, bool matchTicket, uint32_t ticket) {
    semawaiter *prev = nil;
    for (semawaiter *w = root->head; w != nil; prev = w, w = w->next) {
        if (w->addr != addr || (matchTicket && w->ticket != ticket)) continue;
        if (prev != nil) prev->next = w->next;
        else root->head = w->next;
        if (root->tail == w) root->tail = prev;
        return w->gp;
    }
    return nil;
}

static bool cansemacquire(uint32_t *addr) {
    for (;;) {
        uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
        if (v == 0) return false;
        if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) return true;
    }
}

// semacquire1: wait until *addr > 0, then decrement it. The waiter count
// goes up before the last check, so a releaser either sees the waiter or
// the waiter sees the release.
static void semacquire1(uint32_t *addr, uint8_t reason) {
    if (cansemacquire(addr)) return;
    semaRoot *root = semroot(addr);
    semawaiter w = {getg(), addr, 0, nil};
    for (;;) {
        lock(&root->lock);
        __atomic_add_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
        if (cansemacquire(addr)) {
            __atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
            unlock(&root->lock);
            return;
        }
        enqueue(root, &w);
        goparkunlock(&root->lock, reason);
        if (cansemacquire(addr)) return;
    }
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
    semaRoot *root = semroot(addr);
    __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0) return;
    lock(&root->lock);
    g *gp = nil;
    if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) != 0) {
        gp = dequeue(root, addr, false, 0);
        if (gp != nil) __atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
    }
    unlock(&root->lock);
    if (gp != nil) goready(gp);
}

// internal/poll's fdMutex waits for a descriptor's other users on Close.
void poll_runtime_Semacquire(uint32_t *addr) GO_SYM("internal/poll.runtime_Semacquire");
void poll_runtime_Semacquire(uint32_t *addr) { semacquire1(addr, waitReasonSemacquire); }

void poll_runtime_Semrelease(uint32_t *addr) GO_SYM("internal/poll.runtime_Semrelease");
void poll_runtime_Semrelease(uint32_t *addr) { sync_runtime_Semrelease(addr, false, 0); }

// notifyList: sync.Cond's wait list, the layout of sync.notifyList; its
// lock word is a runtime mutex. Waiters are kept in the semaRoot of the
// list's address.
typedef struct notifyList {
    uint32_t   wait;     // ticket of the next waiter (atomic)
    uint32_t   notify;   // ticket of the next waiter to be notified
    mutex      lock;
    uint32_t   pad;
    void      *head, *tail;
} notifyList;

uint32_t sync_runtime_notifyListAdd(notifyList *l) GO_SYM("sync.runtime_notifyListAdd");
uint32_t sync_runtime_notifyListAdd(notifyList *l) {
    return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

// notifyListWait: the ticket's waiter parks unless it was notified already.
void sync_runtime_notifyListWait(notifyList *l, uint32_t t) GO_SYM("sync.runtime_notifyListWait");
void sync_runtime_notifyListWait(notifyList *l, uint32_t t) {
    semaRoot *root = semroot(l);
    lock(&l->lock);
    if ((int32_t)(t - l->notify) < 0) {   // tickets below notify were woken
        unlock(&l->lock);
        return;
    }
    semawaiter w = {getg(), l, t, nil};
    lock(&root->lock);
    enqueue(root, &w);
    unlock(&root->lock);
    goparkunlock(&l->lock, waitReasonSyncCondWait);
}

void sync_runtime_notifyListNotifyAll(notifyList *l) GO_SYM("sync.runtime_notifyListNotifyAll");
void sync_runtime_notifyListNotifyAll(notifyList *l) {
    if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST)) return;
    semaRoot *root = semroot(l);
    lock(&l->lock);
    __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    for (;;) {
        lock(&root->lock);
        g *gp = dequeue(root, l, false, 0);
        unlock(&root->lock);
        if (gp == nil) break;
        goready(gp);
    }
    unlock(&l->lock);
}

void sync_runtime_notifyListNotifyOne(notifyList *l) GO_SYM("sync.runtime_notifyListNotifyOne");
void sync_runtime_notifyListNotifyOne(notifyList *l) {
    if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST)) return;
    semaRoot *root = semroot(l);
    lock(&l->lock);
    uint32_t t = l->notify;
    if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
        unlock(&l->lock);
        return;
    }
    __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
    lock(&root->lock);
    g *gp = dequeue(root, l, true, t);
    unlock(&root->lock);
    unlock(&l->lock);
    if (gp != nil) goready(gp);
}

void sync_runtime_notifyListCheck(go_uintptr size) GO_SYM("sync.runtime_notifyListCheck");
void sync_runtime_notifyListCheck(go_uintptr size) {
    if (size != sizeof(notifyList)) throw("bad notifyList size - sync/runtime mismatch");
}

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
