// mgcsweep.c: sweeping. Go: runtime/mgcsweep.go.
//
// After marking, every span is swept while the world is still stopped (Go
// sweeps lazily and in the background; that comes with concurrent
// marking): the mark bits become the allocation bits, so unmarked slots
// are free for mallocgc again, and a span with no live object goes back
// to the heap. The caller has flushed the mcaches, so every small span is
// on its mcentral's lists and every large one on mheap_.large.
#include "malloc.h"

// clobberSlot (GODEBUG=clobberfree=1): fill a freed slot with 0xdeadbeef so
// that a use after free shows up.
static void clobberSlot(go_uintptr p, go_uintptr n) {
    asanunpoison(p, n);   // the size class's padding too
    uint32_t *w = (uint32_t *)p;
    for (go_uintptr k = 0; k < n / 4; k++) w[k] = 0xdeadbeef;
}

// allocatedBelow: the slots of word w (slots [64w, 64w+64)) below
// freeindex, which are allocated whatever their allocation bit says.
static inline uint64_t allocatedBelow(go_uintptr freeindex, go_uintptr w) {
    if (freeindex >= 64 * (w + 1)) return ~(uint64_t)0;
    if (freeindex <= 64 * w) return 0;
    return ((uint64_t)1 << (freeindex - 64 * w)) - 1;
}

// freeSlots handles the slots of word w that are freed (bits of freed):
// clobberfree fills them, the hosted ASan build poisons them (as Go's sweep
// does under -asan) until they are allocated again.
static void freeSlots(mspan *s, go_uintptr w, uint64_t freed) {
    for (; freed != 0; freed &= freed - 1) {
        go_uintptr p = s->startAddr + (64 * w + (go_uintptr)ctz64(freed)) * s->elemsize;
        if (debug.clobberfree) clobberSlot(p, s->elemsize);
#ifdef SWIFTGO_ASAN
        asanpoison(p, s->elemsize);
#endif
    }
}

// sweepspan sweeps a small span; it reports whether the span was freed.
// One pass over its words of bits: an allocated slot that is not marked is
// freed, the mark bits become the allocation bits and are cleared for the
// next cycle. Only the words of the span's nelems slots are touched.
static bool sweepspan(mspan *s) {
    if (s->specials != nil) sweepSpecials(s);   // may mark objects: first
    uint32_t nalloc = 0;
    go_uintptr nwords = (s->nelems + 63) / 64;
    for (go_uintptr w = 0; w < nwords; w++) {
        uint64_t *ab = allocBitsWord(s, w), *mb = markBitsWord(s, w);
        uint64_t marked = *mb;
        uint64_t freed = (*ab | allocatedBelow(s->freeindex, w)) & ~marked;
        if (freed != 0) freeSlots(s, w, freed);
        nalloc += (uint32_t)__builtin_popcountll(marked);
        *ab = marked;
        *mb = 0;
    }
    if (nalloc > s->allocCount) throw("sweep increased allocation count");
    uint32_t nfreed = s->allocCount - nalloc;
    memstats.nfree += nfreed;
    s->allocCount = nalloc;
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
        if (*markBitsWord(s, 0) & 1) {
            *markBitsWord(s, 0) = 0;
            memstats.heap_live += s->elemsize;
            continue;
        }
        if (debug.clobberfree) clobberSlot(s->startAddr, s->limit - s->startAddr);
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
