// lock_futex.c: runtime locks on Linux futexes. Go: runtime/lock_futex.go.
//
// A mutex's key is 0 (unlocked), 1 (locked) or 2 (locked, and someone may
// be sleeping in the kernel on it). Uncontended lock/unlock are one atomic
// exchange each; a contended lock spins briefly, then sleeps with
// FUTEX_WAIT until unlock's FUTEX_WAKE. With a single M (today) there is
// never contention, but channel and scheduler code already lock as Go does.
// Notes (at the end) let an M sleep, with a timeout, until another wakes it.
#include "runtime.h"

enum { mutex_unlocked = 0, mutex_locked = 1, mutex_sleeping = 2 };
enum { active_spin = 4, active_spin_cnt = 30, passive_spin = 1 };
#define _FUTEX_PRIVATE_FLAG 128
#define _FUTEX_WAIT_PRIVATE (0 | _FUTEX_PRIVATE_FLAG)
#define _FUTEX_WAKE_PRIVATE (1 | _FUTEX_PRIVATE_FLAG)

int32_t futex(void *addr, int32_t op, uint32_t val, void *ts, void *addr2, uint32_t val3)
    GO_SYM("runtime.futex");


typedef struct { int64_t sec, nsec; } timespec;

// futexsleep: sleep while *addr == val, for at most ns nanoseconds (ns < 0:
// no limit). A spurious or early wakeup is fine: callers re-check.
static void futexsleep(uint32_t *addr, uint32_t val, int64_t ns) {
    if (ns < 0) {
        futex(addr, _FUTEX_WAIT_PRIVATE, val, nil, nil, 0);
        return;
    }
    timespec ts = { ns / 1000000000, ns % 1000000000 };
    futex(addr, _FUTEX_WAIT_PRIVATE, val, &ts, nil, 0);
}

static void futexwakeup(uint32_t *addr, uint32_t cnt) {
    int32_t ret = futex(addr, _FUTEX_WAKE_PRIVATE, cnt, nil, nil, 0);
    if (ret < 0) throw("futexwakeup failed");
}

void lock(mutex *l) {
    m *mp = getg()->m;
    mp->locks++;
    uint32_t v = __atomic_exchange_n(&l->key, mutex_locked, __ATOMIC_ACQUIRE);
    if (v == mutex_unlocked) return;
    // wait is mutex_locked or mutex_sleeping: whatever we take the lock
    // with must keep a sleeper's mark, or its wakeup would be lost.
    uint32_t wait = v;
    int spin = ncpu > 1 ? active_spin : 0;
    for (;;) {
        for (int i = 0; i < spin; i++) {
            for (uint32_t z = mutex_unlocked; __atomic_load_n(&l->key, __ATOMIC_RELAXED) == mutex_unlocked; z = mutex_unlocked)
                if (__atomic_compare_exchange_n(&l->key, &z, wait, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
                    return;
            procyield(active_spin_cnt);
        }
        for (int i = 0; i < passive_spin; i++) {
            for (uint32_t z = mutex_unlocked; __atomic_load_n(&l->key, __ATOMIC_RELAXED) == mutex_unlocked; z = mutex_unlocked)
                if (__atomic_compare_exchange_n(&l->key, &z, wait, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
                    return;
            procyield(1);
        }
        // Sleep, marking the lock as having sleepers.
        v = __atomic_exchange_n(&l->key, mutex_sleeping, __ATOMIC_ACQUIRE);
        if (v == mutex_unlocked) return;
        wait = mutex_sleeping;
        futexsleep(&l->key, mutex_sleeping, -1);
    }
}

void unlock(mutex *l) {
    uint32_t v = __atomic_exchange_n(&l->key, mutex_unlocked, __ATOMIC_RELEASE);
    if (v == mutex_unlocked) throw("unlock of unlocked lock");
    if (v == mutex_sleeping) futexwakeup(&l->key, 1);
    m *mp = getg()->m;
    if (--mp->locks < 0) throw("runtime·unlock: lock count");
}

// ---- notes: one-shot sleep and wakeup (Go: lock_futex.go) -------------------
// A note is cleared by its owner, slept on by one M and woken by one
// notewakeup; the key goes 0 -> 1 once.

void noteclear(note *n) { n->key = 0; }

void notewakeup(note *n) {
    uint32_t old = __atomic_exchange_n(&n->key, 1, __ATOMIC_SEQ_CST);
    if (old != 0) throw("notewakeup - double wakeup");
    futexwakeup(&n->key, 1);
}

// notetsleep_internal: the sleep itself, on any g (notetsleepg sleeps on
// a goroutine that gave up its P). Reports whether n was woken.
static bool notetsleep_internal(note *n, int64_t ns) {
    if (ns < 0) {
        while (__atomic_load_n(&n->key, __ATOMIC_SEQ_CST) == 0)
            futexsleep(&n->key, 0, -1);
        return true;
    }
    if (__atomic_load_n(&n->key, __ATOMIC_SEQ_CST) != 0) return true;
    int64_t deadline = nanotime() + ns;
    for (;;) {
        futexsleep(&n->key, 0, ns);
        if (__atomic_load_n(&n->key, __ATOMIC_SEQ_CST) != 0) return true;
        int64_t now = nanotime();
        if (now >= deadline) return false;
        ns = deadline - now;
    }
}

void notesleep(note *n) {
    if (getg() != getg()->m->g0) throw("notesleep not on g0");
    notetsleep_internal(n, -1);
}

// notetsleep sleeps on g0 until n is woken or ns nanoseconds have passed
// (ns < 0: no limit). Reports whether n was woken.
bool notetsleep(note *n, int64_t ns) {
    if (getg() != getg()->m->g0) throw("notetsleep not on g0");
    return notetsleep_internal(n, ns);
}

// notetsleepg: notetsleep on a goroutine, which gives its P away for the
// sleep (Go: entersyscallblock ... exitsyscall around it).
bool notetsleepg(note *n, int64_t ns) {
    if (getg() == getg()->m->g0) throw("notetsleepg on g0");
    entersyscallblock();
    bool ok = notetsleep_internal(n, ns);
    exitsyscall();
    return ok;
}
