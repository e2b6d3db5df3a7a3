// mgcsweep.c: sweeping. Go: runtime/mgcsweep.go.
//
// After marking, every span is swept while the world is still stopped (Go
// sweeps lazily and in the background; that comes with concurrent
// marking): the mark bits become the allocation bits, so unmarked slots
// are free for mallocgc again, and a span with no live object goes back
// to the heap. The caller has flushed the mcaches, so every small span is
// on its mcentral's lists and every large one on mheap_.large.
#include "malloc.h"

static uint64_t popcountBits(const uint64_t *bits, uint32_t n) {
    uint64_t c = 0;
    for (uint32_t i = 0; i < (n + 63) / 64; i++) c += (uint64_t)__builtin_popcountll(bits[i]);
    return c;
}

// clobberfree (GODEBUG=clobberfree=1): fill the freed slots of s with
// 0xdeadbeef so that a use after free shows up. Must run before the
// allocation bits are replaced.
static void clobberFreed(mspan *s) {
    for (uint32_t i = 0; i < s->nelems; i++) {
        if (mspan_isFree(s, i) || (s->gcmarkBits[i / 64] >> (i % 64) & 1)) continue;
        uint32_t *w = (uint32_t *)(s->startAddr + i * s->elemsize);
        asanunpoison((go_uintptr)w, s->elemsize);   // the size class's padding too
        for (go_uintptr k = 0; k < s->elemsize / 4; k++) w[k] = 0xdeadbeef;
    }
}

#ifdef SWIFTGO_ASAN
// poisonFreed (hosted ASan build, runtime.h): the freed slots of s become
// unaddressable until they are allocated again, as Go's sweep does under -asan.
static void poisonFreed(mspan *s) {
    for (uint32_t i = 0; i < s->nelems; i++)
        if (!mspan_isFree(s, i) && !(s->gcmarkBits[i / 64] >> (i % 64) & 1))
            asanpoison(s->startAddr + i * s->elemsize, s->elemsize);
}
#endif

// sweepspan sweeps a small span; it reports whether the span was freed.
static bool sweepspan(mspan *s) {
    if (s->specials != nil) sweepSpecials(s);   // may mark objects: first
    uint32_t nalloc = (uint32_t)popcountBits(s->gcmarkBits, s->nelems);
    if (nalloc > s->allocCount) throw("sweep increased allocation count");
    if (debug.clobberfree) clobberFreed(s);
#ifdef SWIFTGO_ASAN
    poisonFreed(s);
#endif
    uint32_t nfreed = s->allocCount - nalloc;
    memstats.nfree += nfreed;
    s->allocCount = nalloc;
    memcpy(s->allocBits, s->gcmarkBits, sizeof s->allocBits);
    memset(s->gcmarkBits, 0, sizeof s->gcmarkBits);
    s->freeindex = 0;
    mspan_refillAllocCache(s, 0);
    if (nfreed > 0) s->needzero = true;
    if (nalloc == 0) {
        mheap_freeSpan(s);
        return true;
    }
    memstats.heap_live += (uint64_t)nalloc * s->elemsize;
    return false;
}

static void sweepList(mcentral *c, mSpanList *l) {
    mspan *s;
    while ((s = l->first) != nil) {
        mSpanList_remove(l, s);
        if (!sweepspan(s)) mcentral_uncacheSpan(c, s);
    }
}

// sweepLarge frees the unmarked large objects.
static void sweepLarge(void) {
    mspan *next;
    for (mspan *s = mheap_.large.first; s != nil; s = next) {
        next = s->next;
        if (s->specials != nil) sweepSpecials(s);
        if (s->gcmarkBits[0] & 1) {
            s->gcmarkBits[0] = 0;
            memstats.heap_live += s->elemsize;
            continue;
        }
        if (debug.clobberfree) {
            uint32_t *w = (uint32_t *)s->startAddr;
            asanunpoison(s->startAddr, s->limit - s->startAddr);
            for (go_uintptr k = 0; k < (s->limit - s->startAddr) / 4; k++) w[k] = 0xdeadbeef;
        }
        memstats.nfree++;
        mheap_freeSpan(s);
    }
}

// gcSweep sweeps the whole heap and recomputes heap_live exactly.
void gcSweep(void) {
    memstats.heap_live = 0;
    for (int i = 0; i < numSpanClasses; i++) {
        mcentral *c = &mheap_.central[i];
        // Take both lists, then re-file each surviving span.
        mSpanList todo = {nil, nil};
        mspan *s;
        while ((s = c->full.first) != nil) { mSpanList_remove(&c->full, s); mSpanList_insert(&todo, s); }
        while ((s = c->partial.first) != nil) { mSpanList_remove(&c->partial, s); mSpanList_insert(&todo, s); }
        sweepList(c, &todo);
    }
    sweepLarge();
}
