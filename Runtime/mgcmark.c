// mgcmark.c: marking. Go: runtime/mgcmark.go, mgcwork.go, mbitmap.go.
//
// Tri-colour marking with the world stopped: an object is grey once its
// mark bit is set and it is on the work stack, black once scanned.
// Roots, all scanned conservatively (any word that points into an
// allocated object, interior pointers too, keeps it alive):
//   - the program's writable segments (data, bss: every global of compiled
//     code and of the runtime, including allgs, allp, m0 and g0), found
//     through the ELF program headers at __ehdr_start;
//   - every goroutine's stack from its saved sp (g.sched.sp, below which
//     mcall pushed the callee-saved registers) to stack.hi, and its saved
//     closure context (g.sched.ctxt); for the running goroutine, from the
//     collector's own frame, with the callee-saved registers spilled by
//     gcStart (mgc.c);
//   - the finalizer records (mfinal.c): what an object with a finalizer
//     references, but not the object itself, and the finalizers queued.
// Heap objects are scanned precisely with the pointer bits that
// heapBitsSetType (malloc.c) wrote from the type's gcdata; objects in noscan
// spans are marked but never scanned. Everything the runtime allocates
// with mallocgc (gs, Ps, defer records, map buckets, itabs...) is reachable
// from these roots: a g from allgs, its _defer and _panic records from the g.
#include "malloc.h"

// ---- the work stack (Go: gcWork) ------------------------------------------------------
//
// A grey object is pushed as two words, its address and the end of what is
// to be scanned (the slot's end; for a large object the end of its data),
// so that scanning it needs no span lookup.

static go_uintptr *wbuf;
static go_uintptr wlen, wcap;

static void wbufGrow(void) {
    go_uintptr ncap = wcap == 0 ? 64 << 10 : wcap * 2;
    go_uintptr *n = sysAlloc(ncap * sizeof *n, &mheap_.gcSys);
    if (n == nil) throw("runtime: out of memory (mark stack)");
    if (wbuf != nil) {
        memcpy(n, wbuf, wlen * sizeof *n);
        munmap_(wbuf, wcap * sizeof *n);
        mheap_.gcSys -= wcap * sizeof *n;
    }
    wbuf = n;
    wcap = ncap;
}

static uint64_t bytesMarked;
uint64_t gcStackScan GO_SYM("runtime.gcController.stackScan");
uint64_t gcGlobalsScan GO_SYM("runtime.gcController.globalsScan");

// greyobject marks the object at obj (slot idx of s, scanned up to end)
// and queues it for scanning unless it is already marked or holds no
// pointers.
static inline void greyobject(go_uintptr obj, go_uintptr end, mspan *s, go_uintptr idx) {
    uint64_t bit = (uint64_t)1 << (idx % 64);
    uint64_t *w = markBitsWord(s, idx / 64);
    if (*w & bit) return;
    *w |= bit;
    bytesMarked += s->elemsize;
    if (spanClassNoscan(s->spanclass)) return;
    if (wlen + 2 > wcap) wbufGrow();
    wbuf[wlen++] = obj;
    wbuf[wlen++] = end;
}

// findObject: if p points into an allocated heap object, grey it.
static inline void markpointer(go_uintptr p) {
    mspan *s = spanOf(p);
    if (s == nil) return;
    if (spanClassSizeclass(s->spanclass) == 0) {   // a large object
        if (s->allocCount != 0) greyobject(s->startAddr, s->limit, s, 0);
        return;
    }
    if (p >= s->limit) return;   // the span's unused tail
    go_uintptr idx = mspan_objIndex(s, p);
    if (mspan_isFree(s, idx)) return;
    go_uintptr obj = s->startAddr + idx * s->elemsize;
    greyobject(obj, obj + s->elemsize, s, idx);
}

// scanblock scans [b, b+n) conservatively: every aligned word is a
// potential pointer.
static void scanblock(go_uintptr b, go_uintptr n) {
    go_uintptr end = (b + n) & ~(go_uintptr)(_PtrSize - 1);
    b = (b + _PtrSize - 1) & ~(go_uintptr)(_PtrSize - 1);
    for (; b < end; b += _PtrSize) {
        go_uintptr p = *(go_uintptr *)b;
        if (p >= mheap_.arenaStart && p < mheap_.arenaEnd) markpointer(p);
    }
}

// scanrange scans [b, end) of an object, whose pointer words are marked in
// the heap bitmap.
static void scanrange(go_uintptr b, go_uintptr end) {
    while (b < end) {
        // One bitmap byte covers 8 words; skip empty bytes whole.
        uint32_t shift;
        uint8_t bits = *heapBitsFor(b, &shift) >> shift;
        go_uintptr stop = b + (8 - shift) * _PtrSize;
        if (stop > end) stop = end;
        for (; bits != 0 && b < stop; b += _PtrSize, bits >>= 1) {
            if ((bits & 1) == 0) continue;
            go_uintptr p = *(go_uintptr *)b;
            if (p >= mheap_.arenaStart && p < mheap_.arenaEnd) markpointer(p);
        }
        b = stop;
    }
}

// scanobject scans the whole object at b (finalizer roots, mfinal.c).
static void scanobject(go_uintptr b) {
    mspan *s = spanOf(b);
    scanrange(b, spanClassSizeclass(s->spanclass) == 0 ? s->limit : b + s->elemsize);
}

// ---- roots ------------------------------------------------------------------------------------

// The ELF header of the executable itself, defined by the linker.
extern const uint8_t __ehdr_start[] __attribute__((visibility("hidden")));

typedef struct {
    uint32_t p_type, p_flags;
    uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
} elf64Phdr;
#define PT_LOAD 1
#define PF_W 2

// markrootData scans every writable loaded segment: .data, .bss and the
// rest. (Go scans data and bss precisely with the linker's gcdata bitmaps;
// LLVM gives us none, so globals are conservative.)
static void markrootData(void) {
    const uint8_t *eh = __ehdr_start;
    uint64_t phoff = *(const uint64_t *)(eh + 32);
    uint16_t phentsize = *(const uint16_t *)(eh + 54), phnum = *(const uint16_t *)(eh + 56);
    for (uint16_t i = 0; i < phnum; i++) {
        const elf64Phdr *ph = (const elf64Phdr *)(eh + phoff + (uint64_t)i * phentsize);
        if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W) == 0) continue;
        scanblock(ph->p_vaddr, ph->p_memsz);
        gcGlobalsScan += ph->p_memsz;
    }
}

// scansegment scans one stack segment [lo, hi) from sp up.
static void scansegment(stack s, go_uintptr sp) {
    if (sp < s.lo || sp > s.hi) sp = s.lo;   // not ours: all of it
    scanblock(sp, s.hi - sp);
    gcStackScan += s.hi - sp;
}

// scanstack scans gp's stack from sp up: the current segment, then every
// older one from the sp at which its successor's switch left it (stack.c).
// A g0's stack (the OS stack, no stktop) is one segment.
static void scanstack(g *gp, go_uintptr sp, bool isg0) {
    scansegment(gp->stack, sp);
    scanblock((go_uintptr)&gp->sched.ctxt, sizeof gp->sched.ctxt);
    if (isg0) return;
    for (stktop *t = (stktop *)gp->stack.hi; t->prev.lo != 0; t = (stktop *)t->prev.hi)
        scansegment(t->prev, t->prevsp);
}

// markrootStacks scans every live goroutine's stack; the current one's
// from sp (the collector's frame).
static void markrootStacks(go_uintptr sp) {
    g *me = getg();
    for (g *gp = allgs; gp != nil; gp = gp->alllink) {
        if (gp->atomicstatus == _Gdead || gp->atomicstatus == _Gidle) continue;
        // A goroutine in a system call: from where entersyscall left
        // the callee-saved registers (its sched.sp is stale).
        go_uintptr gsp = gp->syscallsp != 0 ? gp->syscallsp : gp->sched.sp;
        scanstack(gp, gp == me ? sp : gsp, false);
    }
    if (me == me->m->g0) scanstack(me, sp, true);
}

// gcDrain scans grey objects until there are none. Depth first (a stack):
// an object's referents are often allocated right after it, and are then
// scanned while its lines are still in the cache.
static void gcDrain(void) {
    while (wlen > 0) {
        go_uintptr end = wbuf[--wlen];
        go_uintptr b = wbuf[--wlen];
        scanrange(b, end);
    }
}

// gcMark marks everything reachable; the collector's frame is at sp.
// Returns with the mark bits of every span set for its live objects.
void gcMark(go_uintptr sp) {
    bytesMarked = 0;
    gcStackScan = 0;
    gcGlobalsScan = 0;
    markrootData();
    markrootStacks(sp);
    markrootSpans(scanobject, scanblock);
    markrootFinq(scanblock);
    gcDrain();
}
