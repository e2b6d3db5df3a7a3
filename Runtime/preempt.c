// preempt.c: where a goroutine's loop stops when the runtime asks it to.
// Go: runtime/preempt.go.
//
// To stop a running goroutine the runtime sets gp->preempt, then
// gp->stackguard0 = STACK_PREEMPT (larger than any sp). A function
// prologue's check then fails at the goroutine's next call (morestack sees
// the request, stack.c); a loop that makes no checked call reaches no
// prologue, so the compiler polls stackguard0 on every loop back edge
// (Sources/GoCodeGen/PreemptPoll.swift) and calls preemptPoll when it holds
// STACK_PREEMPT.
#include "runtime.h"

// canPreemptM: the M runs plain Go code, not the runtime holding a lock,
// allocating or pinned to its P (Go's canPreemptM).
bool canPreemptM(m *mp) {
    return mp->locks == 0 && mp->mallocing == 0 && mp->dying == 0 &&
           mp->p != nil && mp->p->status == _Prunning;
}

// preemptcheck honours a request at a safe point (a loop poll, or
// morestack when a prologue check failed for it). The guard goes back
// first: a request made from now on sets it again. One the M cannot
// honour yet stays in gp->preempt, and is asked for again (sysmon, the
// GC's stop-the-world).
void preemptcheck(g *gp) {
    __atomic_store_n(&gp->stackguard0, gp->stack.lo + STACK_GUARD, __ATOMIC_RELAXED);
    if (gp == gp->m->g0 || !__atomic_load_n(&gp->preempt, __ATOMIC_ACQUIRE) || !canPreemptM(gp->m)) return;
    __atomic_store_n(&gp->preempt, false, __ATOMIC_RELAXED);
    mcall(gopreempt_m);
}

void preemptPoll(void) { preemptcheck(getg()); }
