// t_gc.c: the collector's mark and sweep, driven with explicit roots.
//
// A hosted process cannot be scanned the way gcMark scans a swiftgo
// program (its data segments hold glibc's and ASan's state, ASan puts
// redzones between globals, and there are no goroutine stacks), so collect
// does what gcRun does between stopping and starting the world, with the
// roots given by the test plus the runtime's own globals that can point into
// the heap (the P's and sched's sudog caches): flush the mcaches, mark,
// drain, sweep. mgcmark.c is included so its static marking functions are
// reachable; everything else is the runtime's code as linked.
#include "../../mgcmark.c"
#include "hosted.h"
#include <sanitizer/asan_interface.h>

void checkHeap(void);

void collect(void *const *roots, int nroots) {
    m *mp = getg()->m;
    mp->mallocing = 1;
    flushallmcaches();
    bytesMarked = 0;
    scanblock((go_uintptr)mp->p, sizeof(p));
    scanblock((go_uintptr)&sched, sizeof sched);
    for (int i = 0; i < nroots; i++) markpointer((go_uintptr)roots[i]);
    gcDrain();
    gcSweep();
    memstats.numgc++;
    mp->mallocing = 0;
    checkHeap();
}

static bool isLive(void *x) {
    mspan *s = spanOf((go_uintptr)x);
    if (s == nil) return false;
    if (spanClassSizeclass(s->spanclass) == 0) return s->startAddr == (go_uintptr)x && s->allocCount == 1;
    go_uintptr idx = mspan_objIndex(s, (go_uintptr)x);
    return !mspan_isFree(s, idx);
}

// ---- a random object graph ----------------------------------------------------------------
// Nodes of a few layouts: word 0 holds the node's id (a canary that is no
// heap address), the pointer words hold other nodes or nil, the rest
// canaries derived from the id.
#define NNODES 3000
#define ROUNDS 12
typedef struct node { void *obj; uint32_t words, kind; bool reach; } node;
static node nodes[NNODES];
static int nnodes;
static _type layouts[4];
static uint8_t layoutBits[4][8];
static const struct { go_uintptr size; uint64_t mask; } shapes[4] = {
    {32, 0x2}, {48, 0x2a}, {4096 + 64, 0x6}, {40000, 0xa},   // small, small, small, large
};

static uint64_t canary(uint32_t id, uint32_t w) { return 0xA500000000000000ull | (uint64_t)id << 20 | w; }

static bool isPtrWord(const node *n, uint32_t w) {
    const _type *t = &layouts[n->kind];
    return w < t->ptrdata / 8 && (t->gcdata[w / 8] >> (w % 8) & 1);
}

static void newNode(int id) {
    uint32_t k = (uint32_t)rndn(10) == 0 ? 2 + (uint32_t)rndn(2) : (uint32_t)rndn(2);
    uint64_t *o = mallocgc(shapes[k].size, &layouts[k], true);
    for (go_uintptr w = 0; w < shapes[k].size / 8; w++) {
        CHECKF(o[w] == 0, "new node word %zu not zeroed: %#llx", (size_t)w, (unsigned long long)o[w]);
    }
    nodes[id] = (node){o, (uint32_t)(shapes[k].size / 8), k, false};
    for (uint32_t w = 0; w < nodes[id].words; w++) o[w] = isPtrWord(&nodes[id], w) ? 0 : canary((uint32_t)id, w);
}

static int idOf(void *p) {
    if (p == nil) return -1;
    uint64_t c = *(uint64_t *)p;   // word 0 is never a pointer word
    return (int)((c >> 20) & 0xfffff);
}

static void reachFrom(int id) {
    // An explicit stack: the graph is deep.
    static int stk[NNODES * 8];
    int sp = 0;
    stk[sp++] = id;
    while (sp > 0) {
        node *n = &nodes[stk[--sp]];
        if (n->obj == nil || n->reach) continue;
        n->reach = true;
        for (uint32_t w = 0; w < n->words; w++)
            if (isPtrWord(n, w)) {
                int t = idOf(((void **)n->obj)[w]);
                if (t >= 0) stk[sp++] = t;
            }
    }
}

void test_gc_graph(void) {
    for (int k = 0; k < 4; k++) layouts[k] = makeType(shapes[k].size, shapes[k].mask, layoutBits[k]);
    collect(nil, 0);
    uint64_t baseline = memstats.heap_live;
    nnodes = 0;
    memset(nodes, 0, sizeof nodes);
    for (int round = 0; round < ROUNDS; round++) {
        // Allocate into the free ids, then rewire random edges.
        for (int id = 0; id < NNODES; id++)
            if (nodes[id].obj == nil && rndn(3) != 0) newNode(id);
        for (int e = 0; e < NNODES * 2; e++) {
            node *a = &nodes[rndn(NNODES)], *b = &nodes[rndn(NNODES)];
            if (a->obj == nil) continue;
            uint32_t w = (uint32_t)rndn(a->words);
            if (isPtrWord(a, w)) ((void **)a->obj)[w] = rndn(4) == 0 ? nil : b->obj;
        }
        // Roots: a few nodes; the model computes what they reach.
        void *roots[32];
        int nroots = 0;
        for (int id = 0; id < NNODES; id++) nodes[id].reach = false;
        for (int i = 0; i < 32; i++) {
            int id = (int)rndn(NNODES);
            if (nodes[id].obj == nil) continue;
            // Interior pointers keep objects alive too.
            roots[nroots++] = (uint8_t *)nodes[id].obj + rndn(nodes[id].words) * 8;
            reachFrom(id);
        }
        // GODEBUG=clobberfree=1 now and then: freed objects are overwritten
        // (and must be unreachable, or a canary check below fails).
        debug.clobberfree = round % 4 == 1;
        collect(roots, nroots);
        debug.clobberfree = 0;
        uint64_t want = baseline;
        for (int id = 0; id < NNODES; id++) {
            node *n = &nodes[id];
            if (n->obj == nil) continue;
            if (!n->reach) {
                CHECKF(!isLive(n->obj), "round %d: unreachable node %d survived", round, id);
                CHECKF(__asan_address_is_poisoned(n->obj), "round %d: freed node %d not poisoned", round, id);
                n->obj = nil;
                continue;
            }
            CHECKF(isLive(n->obj), "round %d: reachable node %d was freed", round, id);
            uint64_t *o = n->obj;
            for (uint32_t w = 0; w < n->words; w++)
                if (!isPtrWord(n, w)) CHECKF(o[w] == canary((uint32_t)id, w), "round %d: node %d word %u clobbered", round, id, w);
            want += spanOf((go_uintptr)o)->elemsize;
        }
        CHECK_EQ(memstats.heap_live, want);
        // Now and then give idle pages back: reused pages must still read as zero.
        if (round % 3 == 2) { mheap_scavenge(0, false); checkHeap(); }
    }
    memset(nodes, 0, sizeof nodes);
    collect(nil, 0);
    CHECK_EQ(memstats.heap_live, baseline);
}

// Freed objects and size-class padding are unaddressable for ASan; live
// objects are not.
void test_gc_asan(void) {
    for (int i = 0; i < 200; i++) {
        go_uintptr size = 1 + rndn(3000);
        uint8_t *keep = mallocgcnoscan(size, true);
        uint8_t *drop = mallocgcnoscan(size, true);
        mspan *s = spanOf((go_uintptr)keep);
        CHECK(!__asan_region_is_poisoned(keep, size));
        if (size >= maxTinySize && size < s->elemsize)
            CHECKF(__asan_address_is_poisoned(keep + size), "size %zu: padding not poisoned", (size_t)size);
        void *roots[1] = {keep};
        collect(roots, 1);
        CHECK(isLive(keep));
        CHECK(!__asan_region_is_poisoned(keep, size));
        if (size >= maxTinySize) {   // a tiny object shares its block
            CHECK(!isLive(drop));
            CHECK(__asan_address_is_poisoned(drop));
        }
    }
    collect(nil, 0);
}

// ---- heap invariants ---------------------------------------------------------------------------
// After a collection (mcaches flushed): every span is on exactly the list its
// state says; free spans are maximal (no free neighbour: coalescing) and
// findable from both ends; the byte counters agree with the lists.
static uint64_t popcountAlloc(mspan *s) {
    uint64_t c = 0;
    for (uint32_t i = 0; i < s->nelems; i++) c += *allocBitsWord(s, i / 64) >> (i % 64) & 1;
    return c;
}

// The span map's entry for addr if it is a free span starting or ending there.
static mspan *spanOfFree(go_uintptr addr) {
    if (addr < mheap_.arenaStart || addr >= mheap_.arenaEnd) return nil;
    heapArena *ha = mheap_.arenas[addr >> logHeapArenaBytes];
    mspan *s = ha == nil ? nil : ha->spans[(addr / _PageSize) % pagesPerArena];
    if (s == nil || s->state != mSpanFree) return nil;
    return addr == s->startAddr || addr == s->startAddr + (s->npages - 1) * _PageSize ? s : nil;
}

static void checkFreeSpan(mspan *s, mSpanList *l) {
    CHECK(s->state == mSpanFree && s->list == l);
    CHECK(spanOfFree(s->startAddr) == s);
    CHECK(spanOfFree(s->startAddr + (s->npages - 1) * _PageSize) == s);
    CHECKF(spanOfFree(s->startAddr - _PageSize) == nil, "free span %#lx has a free left neighbour", (unsigned long)s->startAddr);
    CHECKF(spanOfFree(s->startAddr + s->npages * _PageSize) == nil, "free span %#lx has a free right neighbour", (unsigned long)s->startAddr);
    CHECK(spanOf(s->startAddr) == nil);
}

void checkHeap(void) {
    uint64_t freeBytes = 0, released = 0, inuse = 0;
    for (int n = 0; n < heapFreeLists; n++)
        for (mspan *s = mheap_.free[n].first; s != nil; s = s->next) {
            CHECK_EQ(s->npages, n);
            checkFreeSpan(s, &mheap_.free[n]);
            freeBytes += s->npages * _PageSize;
            if (s->scavenged) released += s->npages * _PageSize;
        }
    for (mspan *s = mheap_.freelarge.first; s != nil; s = s->next) {
        CHECK(s->npages >= heapFreeLists);
        checkFreeSpan(s, &mheap_.freelarge);
        freeBytes += s->npages * _PageSize;
        if (s->scavenged) released += s->npages * _PageSize;
    }
    for (int i = 0; i < numSpanClasses; i++) {
        mcentral *c = &mheap_.central[i];
        for (int full = 0; full < 2; full++)
            for (mspan *s = full ? c->full.first : c->partial.first; s != nil; s = s->next) {
                CHECK(s->state == mSpanInUse && s->spanclass == i);
                CHECK(s->list == (full ? &c->full : &c->partial));
                CHECK_EQ(s->npages, class_to_allocnpages[i >> 1]);
                CHECK_EQ(s->allocCount, popcountAlloc(s));
                CHECK(full ? s->allocCount == s->nelems : s->allocCount < s->nelems);
                CHECK(s->allocCount > 0);   // empty spans went back to the heap
                for (go_uintptr pg = 0; pg < s->npages; pg++) CHECK(spanOf(s->startAddr + pg * _PageSize) == s);
                inuse += s->npages * _PageSize;
            }
    }
    for (mspan *s = mheap_.large.first; s != nil; s = s->next) {
        CHECK(s->state == mSpanInUse && spanClassSizeclass(s->spanclass) == 0 && s->list == &mheap_.large);
        CHECK(spanOf(s->startAddr + (s->npages - 1) * _PageSize) == s);
        inuse += s->npages * _PageSize;
    }
    CHECK_EQ(freeBytes, mheap_.free_);
    CHECK_EQ(released, mheap_.released);
    CHECK_EQ(inuse, mheap_.pagesInUse);
    CHECK_EQ(memstats.heap_sys, mheap_.pagesInUse + mheap_.free_);
}
