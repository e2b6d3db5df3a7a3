// mheap.c: the page heap. Go: runtime/mheap.go, malloc.go (sysAlloc),
// mgcscavenge.go.
//
// Pages are handed out in spans. Free spans sit on free lists by size
// (free[n] for n < 128 pages, freelarge beyond) and are coalesced with free
// neighbours when they are freed, found through the arena's span map (a
// free span records itself at its first and last page). This is the
// pre-1.12 mheap design; Go 1.14's radix-tree page allocator is faster for
// huge heaps but much bigger. When no free span fits, the heap grows by
// whole 64 MiB arenas mapped at increasing addresses from 0xc000000000.
//
// The scavenger (scavenge, at the end of each collection) returns the
// pages of free spans that have been idle for a whole cycle to the OS with
// madvise(MADV_DONTNEED) once the memory retained exceeds the heap goal by
// 10%; the pages come back zeroed. (Go also scavenges in the background
// between collections; here idle memory waits for the next cycle.)
#include "malloc.h"

mheap mheap_ GO_SYM("runtime.mheap_");

// persistentalloc: memory for the heap's own metadata (mspans, mcaches),
// never freed. 64 KiB chunks; sizes are small and rounded to 8 bytes, the
// start to align (a power of two up to a page; 0 means 8).
void *persistentalloc(go_uintptr size, go_uintptr align, uint64_t *sysStat) {
    static uint8_t *cur, *end;
    static mutex plock;
    if (align == 0) align = 8;
    if ((align & (align - 1)) != 0 || align > _PageSize) throw("persistentalloc: bad align");
    size = (size + 7) & ~(go_uintptr)7;
    if (size >= (64 << 10)) {
        void *p = sysAlloc(size, sysStat);
        if (p == nil) throw("runtime: out of memory");
        return p;
    }
    lock(&plock);
    cur = (uint8_t *)(((go_uintptr)cur + align - 1) & ~(align - 1));
    if (cur > end || (go_uintptr)(end - cur) < size) {
        cur = sysAlloc(64 << 10, sysStat);
        if (cur == nil) throw("runtime: out of memory");
        end = cur + (64 << 10);
    }
    void *p = cur;
    cur += size;
    unlock(&plock);
    return p;
}

void mheapinit(void) {
    // The arena index: 4M pointers (32 MiB of address space); only the
    // pages for the addresses actually used are ever touched.
    mheap_.arenas = sysAlloc(arenaIndexCount * sizeof(heapArena *), &mheap_.gcSys);
    if (mheap_.arenas == nil) throw("runtime: cannot reserve arena index");
    mheap_.arenaHint = (go_uintptr)0x00c0 << 32;
    mheap_.arenaStart = ~(go_uintptr)0;
    mheap_.arenaEnd = 0;
    for (int i = 0; i < numSpanClasses; i++) mcentral_init(&mheap_.central[i], (spanClass)i);
}

// ---- mspan structs (Go: fixalloc) --------------------------------------------------

static mspan *allocMSpan(void) {
    mspan *s = mheap_.spanfree;
    if (s != nil) mheap_.spanfree = s->next;
    else s = persistentalloc(sizeof(mspan), _Alignof(mspan), &mheap_.spanSys);
    memset(s, 0, sizeof *s);
    mheap_.spanInuse += sizeof(mspan);
    return s;
}

static void freeMSpan(mspan *s) {
    s->state = mSpanDead;
    s->next = mheap_.spanfree;
    mheap_.spanfree = s;
    mheap_.spanInuse -= sizeof(mspan);
}

// ---- the span map ------------------------------------------------------------------

static void setSpan(go_uintptr addr, mspan *s) {
    mheap_.arenas[addr >> logHeapArenaBytes]->spans[(addr / _PageSize) % pagesPerArena] = s;
}

static void setSpans(mspan *s) {
    for (go_uintptr i = 0; i < s->npages; i++) setSpan(s->startAddr + i * _PageSize, s);
}

// spanOfFree: the free span whose first or last page is at addr, or nil.
static mspan *spanOfFree(go_uintptr addr) {
    if (addr < mheap_.arenaStart || addr >= mheap_.arenaEnd) return nil;
    heapArena *ha = mheap_.arenas[addr >> logHeapArenaBytes];
    if (ha == nil) return nil;
    mspan *s = ha->spans[(addr / _PageSize) % pagesPerArena];
    if (s == nil || s->state != mSpanFree) return nil;
    if (addr != s->startAddr && addr != s->startAddr + (s->npages - 1) * _PageSize) return nil;
    return s;
}

// ---- free lists -----------------------------------------------------------------------

static mSpanList *freeList(go_uintptr npages) {
    return npages < heapFreeLists ? &mheap_.free[npages] : &mheap_.freelarge;
}

// insertFree puts s on its free list, merging it with free neighbours.
static void insertFree(mspan *s) {
    mspan *before = spanOfFree(s->startAddr - _PageSize);
    if (before != nil) {
        mSpanList_remove(before->list, before);
        if (before->scavenged != s->scavenged) {
            // One half still has resident pages: count the whole as retained.
            mspan *rel = before->scavenged ? before : s;
            mheap_.released -= rel->npages * _PageSize;
            rel->scavenged = false;
        }
        s->startAddr = before->startAddr;
        s->npages += before->npages;
        s->needzero |= before->needzero;
        if (before->freeGen > s->freeGen) s->freeGen = before->freeGen;
        freeMSpan(before);
    }
    mspan *after = spanOfFree(s->startAddr + s->npages * _PageSize);
    if (after != nil) {
        mSpanList_remove(after->list, after);
        if (after->scavenged != s->scavenged) {
            mspan *rel = after->scavenged ? after : s;
            mheap_.released -= rel->npages * _PageSize;
            rel->scavenged = false;
        }
        s->npages += after->npages;
        s->needzero |= after->needzero;
        if (after->freeGen > s->freeGen) s->freeGen = after->freeGen;
        freeMSpan(after);
    }
    s->state = mSpanFree;
    setSpan(s->startAddr, s);
    setSpan(s->startAddr + (s->npages - 1) * _PageSize, s);
    mSpanList_insert(freeList(s->npages), s);
}

// findFree: the first free span of at least npages (best fit beyond 127).
static mspan *findFree(go_uintptr npages) {
    for (go_uintptr n = npages; n < heapFreeLists; n++)
        if (mheap_.free[n].first != nil) return mheap_.free[n].first;
    mspan *best = nil;
    for (mspan *s = mheap_.freelarge.first; s != nil; s = s->next)
        if (s->npages >= npages && (best == nil || s->npages < best->npages ||
                                    (s->npages == best->npages && s->startAddr < best->startAddr)))
            best = s;
    return best;
}

// ---- growing: arenas from the OS -------------------------------------------------

// sysReserveAligned maps n bytes aligned to heapArenaBytes, preferring the hint.
static go_uintptr sysReserveAligned(go_uintptr n) {
    void *p = mmap_((void *)mheap_.arenaHint, n, _PROT_READ | _PROT_WRITE, _MAP_PRIVATE | _MAP_ANON, -1, 0);
    go_uintptr v = (go_uintptr)p;
    if (v < (go_uintptr)-4095 && (v & (heapArenaBytes - 1)) == 0 && (v >> heapAddrBits) == 0)
        return v;
    if (v < (go_uintptr)-4095) munmap_(p, n);
    // Anywhere: map one arena more and trim to alignment.
    p = mmap_(nil, n + heapArenaBytes, _PROT_READ | _PROT_WRITE, _MAP_PRIVATE | _MAP_ANON, -1, 0);
    v = (go_uintptr)p;
    if (v >= (go_uintptr)-4095) return 0;
    go_uintptr aligned = (v + heapArenaBytes - 1) & ~(heapArenaBytes - 1);
    if (aligned > v) munmap_(p, aligned - v);
    go_uintptr end = v + n + heapArenaBytes;
    if (end > aligned + n) munmap_((void *)(aligned + n), end - (aligned + n));
    if ((aligned + n) >> heapAddrBits) return 0;
    return aligned;
}

// grow adds at least npages pages to the heap, as one free span.
static bool grow(go_uintptr npages) {
    go_uintptr n = (npages * _PageSize + heapArenaBytes - 1) & ~(heapArenaBytes - 1);
    if (n < npages * _PageSize) return false;
    go_uintptr v = sysReserveAligned(n);
    if (v == 0) return false;
    for (go_uintptr a = v; a < v + n; a += heapArenaBytes) {
        heapArena *ha = sysAlloc(sizeof(heapArena), &mheap_.gcSys);
        if (ha == nil) return false;
        mheap_.arenas[a >> logHeapArenaBytes] = ha;
    }
    if (v == mheap_.arenaHint) mheap_.arenaHint = v + n;
    if (v < mheap_.arenaStart) mheap_.arenaStart = v;
    if (v + n > mheap_.arenaEnd) mheap_.arenaEnd = v + n;
    memstats.heap_sys += n;
    mheap_.free_ += n;
    mheap_.released += n;   // fresh pages are not resident until touched
    mspan *s = allocMSpan();
    s->startAddr = v;
    s->npages = n / _PageSize;
    s->scavenged = true;
    s->needzero = false;
    s->freeGen = memstats.numgc;
    insertFree(s);
    return true;
}

// ---- alloc / free -----------------------------------------------------------------------

// allocSpan takes npages pages off the free lists (growing the heap if
// none fits) and records the span for its pages; the caller sets its state.
static mspan *allocSpan(go_uintptr npages) {
    mspan *s = findFree(npages);
    if (s == nil) {
        if (!grow(npages)) throw("runtime: out of memory");
        s = findFree(npages);
        if (s == nil) throw("mheap_alloc: grow did not help");
    }
    mSpanList_remove(s->list, s);
    if (s->npages > npages) {   // give the tail back
        mspan *t = allocMSpan();
        t->startAddr = s->startAddr + npages * _PageSize;
        t->npages = s->npages - npages;
        t->needzero = s->needzero;
        t->scavenged = s->scavenged;
        t->freeGen = s->freeGen;
        s->npages = npages;
        t->state = mSpanFree;
        setSpan(t->startAddr, t);
        setSpan(t->startAddr + (t->npages - 1) * _PageSize, t);
        mSpanList_insert(freeList(t->npages), t);
    }
    go_uintptr bytes = npages * _PageSize;
    if (s->scavenged) mheap_.released -= bytes;
    s->scavenged = false;
    mheap_.free_ -= bytes;
    mheap_.pagesInUse += bytes;
    s->list = nil;
    setSpans(s);
    return s;
}

// mheap_alloc allocates a span of npages pages for span class spc.
mspan *mheap_alloc(go_uintptr npages, spanClass spc) {
    lock(&mheap_.lock);
    mspan *s = allocSpan(npages);
    s->state = mSpanInUse;
    mspan_init(s, spc);
    asanpoison(s->startAddr, npages * _PageSize);   // each object is unpoisoned as it is allocated
    if (spanClassSizeclass(spc) == 0) mSpanList_insert(&mheap_.large, s);
    unlock(&mheap_.lock);
    return s;
}

// mheap_allocManual allocates npages pages that the runtime manages itself
// (goroutine stacks, Go's allocManual): the GC neither sweeps them nor takes
// an address in them for a heap object (spanOf answers nil).
mspan *mheap_allocManual(go_uintptr npages) {
    lock(&mheap_.lock);
    mspan *s = allocSpan(npages);
    s->state = mSpanManual;
    unlock(&mheap_.lock);
    return s;
}

// mheap_freeSpan returns an in-use or manual span's pages to the heap.
void mheap_freeSpan(mspan *s) {
    if (s->state != mSpanInUse && s->state != mSpanManual) throw("mheap_freeSpan: span not in use");
    if (s->specials != nil) throw("mheap_freeSpan: span has specials");
    lock(&mheap_.lock);
    s->state = mSpanInUse;
    if (s->list != nil) mSpanList_remove(s->list, s);
    go_uintptr bytes = s->npages * _PageSize;
    asanpoison(s->startAddr, bytes);
    mheap_.pagesInUse -= bytes;
    mheap_.free_ += bytes;
    s->needzero = true;
    s->scavenged = false;
    s->freeGen = memstats.numgc;
    insertFree(s);
    unlock(&mheap_.lock);
}

// ---- the scavenger -------------------------------------------------------------------

// releaseSpan gives a free span's pages back to the OS.
static void releaseSpan(mspan *s) {
    go_uintptr start = (s->startAddr + physPageSize - 1) & ~(physPageSize - 1);
    go_uintptr end = (s->startAddr + s->npages * _PageSize) & ~(physPageSize - 1);
    if (end <= start) return;
    madvise((void *)start, end - start, _MADV_DONTNEED);
    // Pages outside [start, end) (a big physical page) keep their contents.
    if (start == s->startAddr && end == s->startAddr + s->npages * _PageSize) s->needzero = false;
    s->scavenged = true;
    mheap_.released += s->npages * _PageSize;
}

static void scavengeList(mSpanList *l, uint64_t *retained, uint64_t retain, bool all) {
    for (mspan *s = l->first; s != nil && *retained > retain; s = s->next) {
        // Only spans that stayed free for a whole cycle: the others are
        // likely to be reused right away, and refaulting pages costs more
        // than keeping them.
        if (s->scavenged || (!all && s->freeGen >= memstats.numgc)) continue;
        releaseSpan(s);
        if (s->scavenged) *retained -= s->npages * _PageSize;
    }
}

// mheap_scavenge releases free pages, biggest spans first, until the heap
// keeps at most retain bytes resident (heap_sys - released).
// With all, recently freed spans go too (debug.FreeOSMemory).
void mheap_scavenge(uint64_t retain, bool all) {
    lock(&mheap_.lock);
    uint64_t retained = memstats.heap_sys - mheap_.released;
    if (retained > retain) {
        scavengeList(&mheap_.freelarge, &retained, retain, all);
        for (int n = heapFreeLists - 1; n > 0 && retained > retain; n--)
            scavengeList(&mheap_.free[n], &retained, retain, all);
    }
    unlock(&mheap_.lock);
}

// freeOSMemory: runtime/debug.FreeOSMemory: a collection, then every free
// page goes back to the OS.
void freeOSMemory(void) GO_SYM("runtime/debug.freeOSMemory");
void freeOSMemory(void) {
    GC();
    mheap_scavenge(0, true);
}
