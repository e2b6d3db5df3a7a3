// mcache.c: per-P allocation caches. Go: runtime/mcache.go.
//
// Each P owns an mcache holding one span per span class to allocate from,
// so the allocation fast path (malloc.c's nextFreeFast) touches no shared
// state and needs no lock. Before P0 exists (and for an M without a P),
// allocation uses mcache0. The collector flushes every cache first, so that
// all spans are on the mcentral lists while it sweeps.
#include "malloc.h"

// emptymspan: a span with no free slots, the placeholder in an empty
// mcache slot, so the fast path needs no nil check.
mspan emptymspan GO_SYM("runtime.emptymspan");
mcache *mcache0 GO_SYM("runtime.mcache0");

mcache *allocmcache(void) {
    mcache *c = persistentalloc(sizeof(mcache), 0, &mheap_.cacheSys);
    memset(c, 0, sizeof *c);
    for (int i = 0; i < numSpanClasses; i++) c->alloc[i] = &emptymspan;
    lock(&mheap_.lock);
    c->alllink = mheap_.allmcaches;
    mheap_.allmcaches = c;
    unlock(&mheap_.lock);
    return c;
}


// refill replaces the cache's span of class spc, which is full, with one
// that has a free slot.
mspan *mcache_refill(mcache *c, spanClass spc) {
    mspan *s = c->alloc[spc];
    if (s != &emptymspan) mcentral_uncacheSpan(&mheap_.central[spc], s);
    s = mcentral_cacheSpan(&mheap_.central[spc]);
    c->alloc[spc] = s;
    return s;
}

// releaseAll hands every cached span back to its mcentral and drops the
// tiny block.
void mcache_releaseAll(mcache *c) {
    for (int i = 0; i < numSpanClasses; i++) {
        mspan *s = c->alloc[i];
        if (s != &emptymspan) {
            mcentral_uncacheSpan(&mheap_.central[i], s);
            c->alloc[i] = &emptymspan;
        }
    }
    c->tiny = 0;
    c->tinyoffset = 0;
}

void flushallmcaches(void) {
    for (mcache *c = mheap_.allmcaches; c != nil; c = c->alllink) mcache_releaseAll(c);
}
