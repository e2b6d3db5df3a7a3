// stack.c: goroutine stacks, segmented. Go: runtime/stack.go (and, for the
// segments themselves, Go 1.2's segmented stacks).
//
// A goroutine starts on one STACK_MIN segment. Every compiled Go function
// begins with a check of sp against g.stackguard0 (the compiler's
// StackCheck.swift); when sp is below it, the function re-enters itself
// through runtime.morestack_call on a new, larger segment, and when it
// returns, the call switches back. Copying stacks (Go's design since 1.4)
// are impossible with conservative stack scanning: nothing can say which
// words of a frame are pointers into the stack. So segments stay where they
// are and are chained: each one's top holds a stktop record (runtime2.h)
// naming the segment below and the sp at which the switch left it.
//
// Segments are carved from the heap's pages, never mapped one by one (the
// kernel's vm.max_map_count, 65,530 mappings, would end 100,000
// goroutines): sizes below STACK_POOL_MAX from a per-size free list refilled
// with STACK_POOL_SPAN spans (Go's stackpool), bigger ones as manual spans
// of their own (Go's stackLarge). A segment left by a return is kept on the
// g (g.stackcache) for the next morestack, so a call loop at a segment
// boundary costs a switch, not an allocation; a goroutine's extra segments
// go back when it exits. More than maxstacksize bytes of stack in one
// goroutine is gc's fatal "stack overflow".
//
// The budget below the guard (STACK_GUARD = 928 bytes above stack.lo, Go's
// value), measured with clang -fstack-usage on the runtime (x86-64, -O2):
//   - a checked Go function's frame is allocated before its check reads sp:
//     the compiler splits functions whose frame may exceed 256 bytes into a
//     checking wrapper and an unchecked body, so a check can be up to ~300
//     bytes (frame + saved registers + return address) below the previous
//     check's sp;
//   - its slow path: the .more helper's frame (an argument record, small by
//     construction: big arguments are passed by pointer), morestack_call's
//     frame and switchstack's: under ~200 bytes; newstack itself runs on g0;
//   - runtime C code called from Go without a switch to g0 — allocation
//     (mallocgc → mcache refill → mcentral → mheap), channels, maps, select,
//     print, defer/panic bookkeeping, gopark → mcall — stays under ~400
//     bytes on every path measured; the deep paths run on g0 through
//     systemstack: the collector (gcStart), throw and the fatal report,
//     stack allocation.
// 300 + 200 + 400 < 928. A panic's report calls Error/String methods (Go
// code, itself checked) from C frames of ~150 bytes.
#include "malloc.h"

#define maxstacksize     ((go_uintptr)1000000000)   // Go's limit on 64-bit
#define STACK_POOL_MAX   (32 << 10)   // segments below this come from the pool
#define STACK_POOL_SPAN  (32 << 10)   // the span size that refills the pool
#define STACK_POOL_ORDERS 4           // 2K, 4K, 8K, 16K
#define STACK_SEG_MAX    (64 << 20)   // growth doubles up to this segment size

// stackpool: free pool segments per order, linked through their lowest word.
static go_uintptr stackpool[STACK_POOL_ORDERS];
static mutex stackpoolmu;
uint64_t stacks_inuse GO_SYM("runtime.stacks_inuse");

static int32_t stackorder(go_uintptr n) {
    int32_t order = 0;
    for (go_uintptr x = STACK_MIN; x < n; x <<= 1) order++;
    return order;
}

void stackinit(void) {
    if ((STACK_MIN & (STACK_MIN - 1)) != 0) throw("STACK_MIN is not power-of-2");
    for (int i = 0; i < STACK_POOL_ORDERS; i++) stackpool[i] = 0;
}

// stackpoolrefill carves a fresh span into segments of order's size.
static void stackpoolrefill(int32_t order) {
    mspan *s = mheap_allocManual(STACK_POOL_SPAN / _PageSize);
    memstats.stacks_sys += STACK_POOL_SPAN;
    go_uintptr n = (go_uintptr)STACK_MIN << order;
    for (go_uintptr v = s->startAddr; v + n <= s->startAddr + STACK_POOL_SPAN; v += n) {
        *(go_uintptr *)v = stackpool[order];
        stackpool[order] = v;
    }
}

// stackalloc returns a segment of n bytes (a power of 2, at least
// STACK_MIN), and the manual span that holds it alone if it is a big one.
static stack stackallocspan(go_uintptr n, mspan **span) {
    if (n < STACK_MIN || (n & (n - 1)) != 0) throw("stack size not a power of 2");
    stacks_inuse += n;
    *span = nil;
    if (n < STACK_POOL_MAX) {
        int32_t order = stackorder(n);
        lock(&stackpoolmu);
        if (stackpool[order] == 0) stackpoolrefill(order);
        go_uintptr v = stackpool[order];
        stackpool[order] = *(go_uintptr *)v;
        unlock(&stackpoolmu);
        return (stack){v, v + n};
    }
    mspan *s = mheap_allocManual(n / _PageSize);
    memstats.stacks_sys += n;
    *span = s;
    return (stack){s->startAddr, s->startAddr + n};
}

// stackfreespan gives a segment back: to the pool, or its span to the heap.
static void stackfreespan(stack stk, mspan *span) {
    go_uintptr n = stk.hi - stk.lo;
    stacks_inuse -= n;
    if (span == nil) {
        int32_t order = stackorder(n);
        lock(&stackpoolmu);
        *(go_uintptr *)stk.lo = stackpool[order];
        stackpool[order] = stk.lo;
        unlock(&stackpoolmu);
        return;
    }
    mheap_freeSpan(span);
    memstats.stacks_sys -= n;
}

// stackalloc/stackfree: the ABI-level pair for segments without a stktop
// (n < STACK_POOL_MAX only: a big one needs its span to be freed).
stack stackalloc(uint32_t n) {
    mspan *span;
    stack s = stackallocspan(n, &span);
    if (span != nil) throw("stackalloc: size needs stackseg");
    return s;
}

void stackfree(stack stk) { stackfreespan(stk, nil); }

// ---- segments -----------------------------------------------------------------

static stktop *topof(go_uintptr hi) { return (stktop *)hi; }

// stackseg allocates a segment of n bytes and writes its stktop; the
// usable stack is [lo, top).
static stktop *stackseg(go_uintptr n) {
    mspan *span;
    stack s = stackallocspan(n, &span);
    stktop *top = (stktop *)(s.hi - sizeof(stktop));
    *top = (stktop){.size = n, .span = span};
    return top;
}

static stack segmentof(stktop *top) {
    return (stack){(go_uintptr)top + sizeof(stktop) - top->size, (go_uintptr)top + sizeof(stktop)};
}

static void stacksegfree(stktop *top) {
    stackfreespan(segmentof(top), top->span);
}

// stackfirst: a new goroutine's first segment (malg).
stack stackfirst(void) {
    stktop *top = stackseg(STACK_MIN);
    top->total = STACK_MIN;
    return (stack){(go_uintptr)top + sizeof(stktop) - STACK_MIN, (go_uintptr)top};
}

static void setguard(g *gp) { gp->stackguard0 = gp->stack.lo + STACK_GUARD; }

// stackcachefree drops the segment kept for the next morestack.
static void stackcachefree(g *gp) {
    if (gp->stackcache.lo == 0) return;
    stacksegfree(topof(gp->stackcache.hi - sizeof(stktop)));
    gp->stackcache = (stack){0, 0};
}

// stackdropfree frees the segments a recovered panic left behind: the
// chain from gp.stackdrop down (stackunwind cut it off below).
static void stackdropfree(g *gp) {
    stktop *t = gp->stackdrop;
    gp->stackdrop = nil;
    while (t != nil) {
        stktop *next = t->prev.lo != 0 ? topof(t->prev.hi) : nil;
        stacksegfree(t);
        t = next;
    }
}

// stackoverflow: gc's report, then the fatal error (on g0, from newstack).
static GO_NORETURN void stackoverflow(g *gp, go_uintptr sp) {
    printcstr("runtime: goroutine stack exceeds ");
    printint((int64_t)maxstacksize);
    printcstr("-byte limit\n");
    printcstr("runtime: sp=");
    printhex(sp);
    printcstr(" stack=[");
    printhex(gp->stack.lo);
    printcstr(", ");
    printhex(gp->stack.hi);
    printcstr("]\n");
    throw("stack overflow");
}

// newstackArgs: newstack's arguments and result, passed to it on g0.
typedef struct { g *gp; go_uintptr need, sp; stktop *top; } newstackArgs;

// newstack (on g0): the segment the next frame runs on, at least twice the
// current one and big enough for need bytes above the guard.
static go_uintptr newstacksize(g *gp, go_uintptr need) {
    go_uintptr n = topof(gp->stack.hi)->size * 2;
    if (n > STACK_SEG_MAX) n = STACK_SEG_MAX;
    while (n < need + STACK_GUARD + sizeof(stktop) + 256) n *= 2;
    return n;
}

static void newstack(void *arg) {
    newstackArgs *a = arg;
    g *gp = a->gp;
    stackdropfree(gp);
    stktop *cur = topof(gp->stack.hi);
    go_uintptr n = newstacksize(gp, a->need);
    if (cur->total + n > maxstacksize) stackoverflow(gp, a->sp);
    stktop *top = nil;
    if (gp->stackcache.lo != 0 && gp->stackcache.hi - gp->stackcache.lo >= n) {
        top = topof(gp->stackcache.hi - sizeof(stktop));
        gp->stackcache = (stack){0, 0};
    } else {
        stackcachefree(gp);
        top = stackseg(n);
    }
    top->prev = gp->stack;
    top->total = cur->total + top->size;
    a->top = top;
}

// morestack_call (Go: morestack + newstack, for the segmented design):
// called by a function whose check failed, through its cold .more helper,
// with fn(rec) re-calling that function with its arguments from rec. Runs
// fn(rec) on a new segment, then returns to the old one. need is the
// frame size a split function's body wants above the guard (0: small).
void morestack_call(void *fn, void *rec, go_uintptr need) {
    g *gp = getg();
    if (gp == gp->m->g0) throw("morestack on g0");
    if (__atomic_load_n(&gp->stackguard0, __ATOMIC_ACQUIRE) == (go_uintptr)STACK_PREEMPT) {
        preemptcheck(gp);
        // The check failed for the request, not for want of stack: re-run
        // the call right here if the segment has room (its own check then
        // decides again), so that preemptions do not chain new segments.
        if ((go_uintptr)__builtin_frame_address(0) > gp->stack.lo + STACK_GUARD + 1024) {
            ((void (*)(void *))fn)(rec);
            return;
        }
    }
    newstackArgs a = {gp, need, (go_uintptr)__builtin_frame_address(0), nil};
    // With the cached segment, newstack allocates nothing and needs little
    // stack: no switch to g0 (a crossing in a call loop stays cheap).
    if (gp->stackdrop == nil && gp->stackcache.hi - gp->stackcache.lo >= newstacksize(gp, need))
        newstack(&a);
    else
        systemstack(newstack, &a);
    stktop *top = a.top;
    gp->stack = (stack){segmentof(top).lo, (go_uintptr)top};
    setguard(gp);
    switchstack((void (*)(void *))fn, rec, top);
    // Back on the old segment (oldstack): the new one is kept for the next
    // crossing; the one kept before is freed by the next newstack.
    gp->stack = top->prev;
    setguard(gp);
    stackdropfree(gp);    // segments a recovered panic left, all unused now
    stackcachefree(gp);   // a deeper segment, cached by a nested return
    gp->stackcache = segmentof(top);
}

// stackunwind: a recovered panic resumes a frame at sp, on this segment or
// an older one. Makes that segment current; the ones above it are freed
// later (stackdropfree), not while this code still runs on one of them.
void stackunwind(g *gp, go_uintptr sp) {
    if (sp >= gp->stack.lo && sp <= gp->stack.hi) return;
    stktop *drop = topof(gp->stack.hi);
    for (stktop *t = drop; t->prev.lo != 0; t = topof(t->prev.hi)) {
        gp->stack = t->prev;
        if (sp >= gp->stack.lo && sp <= gp->stack.hi) {
            t->prev = (stack){0, 0};   // the dropped chain ends here
            stackdropfree(gp);         // an earlier recovery's, if not freed yet
            gp->stackdrop = drop;
            setguard(gp);
            return;
        }
    }
    throw("stackunwind: sp on no segment of the goroutine");
}

// stackrelease (on g0, goexit): gp keeps only its first segment.
void stackrelease(g *gp) {
    stackdropfree(gp);
    stackcachefree(gp);
    stktop *t = topof(gp->stack.hi);
    while (t->prev.lo != 0) {
        gp->stack = t->prev;
        stacksegfree(t);
        t = topof(gp->stack.hi);
    }
    setguard(gp);
}
