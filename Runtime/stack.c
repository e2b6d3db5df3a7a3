// stack.c: goroutine stacks. Go: runtime/stack.go.
//
// FOR NOW every goroutine gets one fixed FIXED_STACK (64 KiB) mapping with
// no guard page and no growth; freed stacks go to a free list and are
// reused. Segmented stacks (morestack) carved from spans come later
// (DESIGN.md §3 "Goroutines, stacks, preemption").
#include "runtime.h"

// stackpool: free FIXED_STACK stacks, linked through their lowest word.
static go_uintptr stackpool;

void stackinit(void) {
    if ((FIXED_STACK & (FIXED_STACK - 1)) != 0) throw("FIXED_STACK is not power-of-2");
    stackpool = 0;
}

stack stackalloc(uint32_t n) {
    if (n == 0 || (n & (n - 1)) != 0) throw("stack size not a power of 2");
    if (n == FIXED_STACK && stackpool != 0) {
        go_uintptr v = stackpool;
        stackpool = *(go_uintptr *)v;
        *(go_uintptr *)v = 0;
        return (stack){v, v + n};
    }
    void *v = sysAlloc(n, &memstats.stacks_sys);
    if (v == nil) throw("out of memory (stackalloc)");
    return (stack){(go_uintptr)v, (go_uintptr)v + n};
}

void stackfree(stack stk) {
    go_uintptr n = stk.hi - stk.lo;
    if (n == FIXED_STACK) {
        *(go_uintptr *)stk.lo = stackpool;
        stackpool = stk.lo;
        return;
    }
    munmap_((void *)stk.lo, n);
    memstats.stacks_sys -= n;
}
