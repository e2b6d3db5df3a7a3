// malloc.h: the heap's data structures, shared by the allocator (malloc.c,
// mheap.c, mcentral.c, mcache.c) and the collector (mgc.c, mgcmark.c,
// mgcsweep.c, mstats.c). Go: runtime/malloc.go, mheap.go, mcache.go,
// mcentral.go, mbitmap.go.
//
// The layout, as Go's:
//   - the heap is made of 64 MiB arenas, reserved with mmap on demand at
//     addresses from 0xc000000000 up; each arena has a heapArena of metadata
//     found through mheap_.arenas[addr >> 26], so any address (interior
//     pointers too) maps to its span in O(1): arena->spans[page in arena];
//   - a span (mspan) is a run of 8 KiB pages holding either objects of one
//     size class (span class = size class << 1 | noscan) or one large object;
//   - each P has an mcache of one span per span class (no lock needed on
//     the fast path); mcentral keeps the other spans of a class; mheap
//     hands out runs of pages and takes back spans that became empty;
//   - heapArena.bitmap has one bit per word of the arena: set when the word
//     of an allocated object may hold a pointer (written by heapBitsSetType
//     at allocation from the type's gcdata). Objects in noscan spans have no
//     pointers and are never scanned.
#ifndef MALLOC_H
#define MALLOC_H

#include "runtime.h"
#include "sizeclasses.h"

#define _PtrSize            8
#define logHeapArenaBytes   26
#define heapArenaBytes      ((go_uintptr)1 << logHeapArenaBytes)
#define pagesPerArena       (heapArenaBytes / _PageSize)
#define heapAddrBits        48
#define arenaIndexCount     ((go_uintptr)1 << (heapAddrBits - logHeapArenaBytes))
#define heapArenaBitmapBytes (heapArenaBytes / _PtrSize / 8)
#define maxTinySize         16
#define tinySizeClass       2
#define numSpanClasses      (_NumSizeClasses << 1)
#define maxObjsPerSpan      (_PageSize / 8)   // 1024: one page of 8-byte objects
#define heapFreeLists       128               // mheap.free[n]: free spans of n pages

#define _MADV_DONTNEED      4

typedef uint8_t spanClass;
static inline spanClass makeSpanClass(uint8_t sizeclass, bool noscan) {
    return (spanClass)(sizeclass << 1 | (noscan ? 1 : 0));
}
static inline uint8_t spanClassSizeclass(spanClass sc) { return sc >> 1; }
static inline bool spanClassNoscan(spanClass sc) { return (sc & 1) != 0; }

enum { mSpanDead, mSpanInUse, mSpanFree, mSpanManual };

typedef struct mspan mspan;
typedef struct mSpanList { mspan *first, *last; } mSpanList;

// special: a record attached to one object of a span (Go: mheap.go's
// special), kept on the span's list sorted by offset. The only kind so far
// is a finalizer (mfinal.c).
enum { _KindSpecialFinalizer = 1 };
typedef struct special {
    struct special *next;
    go_uintptr      offset;   // of the object (or, in a tiny block, the byte) from the span's start
    uint8_t         kind;
} special;

// specialfinalizer: runtime.SetFinalizer(obj, fn). fn is a func value (a
// root while the record exists); fint is the finalizer's parameter type,
// ot the pointer type obj had; nret the size of fn's results.
typedef struct specialfinalizer {
    special         special;
    const void     *fn;
    go_uintptr      nret;
    const struct _type *fint;
    const struct _type *ot;
} specialfinalizer;

// The fields the marker reads for every pointer it follows come first, in
// one cache line, and each word of allocation bits is next to its word of
// mark bits (bits[2w], bits[2w+1]): following a pointer then touches the
// span table, this line and one line of bits (Go keeps both bitmaps in
// gcBits arenas; one span's worth here, as the span is at most 1024 slots).
struct mspan {
    go_uintptr  startAddr;
    go_uintptr  npages;
    go_uintptr  elemsize;       // object size; npages * _PageSize for a large span
    go_uintptr  limit;          // end of the objects (large: of the requested size)
    go_uintptr  freeindex;      // slots below it are allocated
    uint64_t    allocCache;     // ~allocBits from freeindex on (ctz finds a free slot)
    uint32_t    nelems;
    uint32_t    allocCount;     // allocated slots
    uint32_t    divMul;         // (offset * divMul) >> 32 == offset / elemsize
    spanClass   spanclass;
    uint8_t     state;          // mSpanInUse / mSpanFree / mSpanManual
    bool        needzero;       // memory may be dirty: zero slots before use
    bool        scavenged;      // free span whose pages were given back (madvise)
    // -- 64 bytes --
    mspan      *next, *prev;    // in an mSpanList
    mSpanList  *list;           // the list the span is on, or nil
    special    *specials;       // in-use span: finalizer records of its objects, by offset
    uint32_t    freeGen;        // free span: the GC cycle (numgc) it was last freed in
    uint64_t    bits[2 * maxObjsPerSpan / 64] __attribute__((aligned(64)));
} __attribute__((aligned(64)));

// The 64 allocation (resp. mark) bits of slots [64w, 64w+64).
_Static_assert(__builtin_offsetof(mspan, next) == 64, "mspan: the marker's fields fill the first line");

static inline uint64_t *allocBitsWord(mspan *s, go_uintptr w) { return &s->bits[2 * w]; }
static inline uint64_t *markBitsWord(mspan *s, go_uintptr w) { return &s->bits[2 * w + 1]; }
static inline bool mspan_isMarked(mspan *s, go_uintptr idx) {
    return (*markBitsWord(s, idx / 64) >> (idx % 64) & 1) != 0;
}
static inline void mspan_setMarked(mspan *s, go_uintptr idx) {
    *markBitsWord(s, idx / 64) |= (uint64_t)1 << (idx % 64);
}

// heapArena: the metadata of one 64 MiB arena.
typedef struct heapArena {
    mspan  *spans[pagesPerArena];        // in-use spans: every page; free: first and last
    uint8_t bitmap[heapArenaBitmapBytes]; // one pointer bit per word
} heapArena;

typedef struct mcentral {
    mutex     lock;      // the lists: mcaches of several Ps refill at once
    spanClass spanclass;
    mSpanList partial;   // spans with free slots
    mSpanList full;      // spans with none
} mcentral;

typedef struct mcache {
    // The tiny allocator: a 16-byte noscan block that successive small
    // pointer-free allocations are packed into (tinyoffset: next free byte).
    go_uintptr tiny;
    go_uintptr tinyoffset;
    uint64_t   tinyAllocs;
    mspan     *alloc[numSpanClasses];  // emptymspan when there is none
    struct mcache *alllink;            // on mheap_.allmcaches, for flushing at GC
} mcache;

typedef struct mheap {
    mutex       lock;                   // everything below but the arenas' contents
    heapArena **arenas;                 // arenaIndexCount entries, mapped lazily
    go_uintptr  arenaHint;              // where to ask mmap for the next arena
    go_uintptr  arenaStart, arenaEnd;   // bounds of all arenas (a quick filter)
    mSpanList   free[heapFreeLists];    // free spans of n < heapFreeLists pages
    mSpanList   freelarge;              // free spans of more pages
    mSpanList   large;                  // in-use large-object spans
    mcentral    central[numSpanClasses];
    mcache     *allmcaches;
    mspan      *spanfree;               // free mspan structs (fixalloc)
    // page accounting, bytes
    uint64_t    pagesInUse;             // in in-use spans (HeapInuse)
    uint64_t    free_;                  // in free spans (HeapIdle)
    uint64_t    released;               // of those, given back to the OS (HeapReleased)
    uint64_t    spanSys, spanInuse, cacheSys, gcSys;
    uint64_t    otherSys;               // finalizer records and queues (OtherSys)
    mutex       speciallock;            // the specials of every span, and their free list
    specialfinalizer *specialfree;      // free finalizer records
    go_uintptr  nspecials;              // specials attached to spans now
} mheap;

extern mheap mheap_ GO_SYM("runtime.mheap_");
extern mspan emptymspan GO_SYM("runtime.emptymspan");
extern mcache *mcache0 GO_SYM("runtime.mcache0");

// ---- mheap.c -----------------------------------------------------------------
mspan *mheap_alloc(go_uintptr npages, spanClass spc) GO_SYM("runtime.(*mheap).alloc");
void mheap_freeSpan(mspan *s) GO_SYM("runtime.(*mheap).freeSpan");
mspan *mheap_allocManual(go_uintptr npages) GO_SYM("runtime.(*mheap).allocManual");
void mheap_scavenge(uint64_t retain, bool all) GO_SYM("runtime.(*mheap).scavenge");
void mheapinit(void) GO_SYM("runtime.(*mheap).init");
void *persistentalloc(go_uintptr size, go_uintptr align, uint64_t *sysStat) GO_SYM("runtime.persistentalloc");
int32_t madvise(void *addr, go_uintptr n, int32_t flags) GO_SYM("runtime.madvise");

// spanOf: the in-use span holding address p, or nil. O(1).
static inline mspan *spanOf(go_uintptr p) {
    if (p < mheap_.arenaStart || p >= mheap_.arenaEnd) return nil;
    heapArena *ha = mheap_.arenas[p >> logHeapArenaBytes];
    if (ha == nil) return nil;
    mspan *s = ha->spans[(p / _PageSize) % pagesPerArena];
    if (s == nil || s->state != mSpanInUse || p < s->startAddr ||
        p >= s->startAddr + s->npages * _PageSize)
        return nil;
    return s;
}

// ---- mcentral.c / mcache.c ---------------------------------------------------------
void mcentral_init(mcentral *c, spanClass spc) GO_SYM("runtime.(*mcentral).init");
mspan *mcentral_cacheSpan(mcentral *c) GO_SYM("runtime.(*mcentral).cacheSpan");
void mcentral_uncacheSpan(mcentral *c, mspan *s) GO_SYM("runtime.(*mcentral).uncacheSpan");
void mSpanList_insert(mSpanList *l, mspan *s) GO_SYM("runtime.(*mSpanList).insert");
void mSpanList_remove(mSpanList *l, mspan *s) GO_SYM("runtime.(*mSpanList).remove");
mcache *allocmcache(void) GO_SYM("runtime.allocmcache");
// getMCache: the current P's cache (created on its first allocation).
static inline mcache *getMCache(void) {
    p *pp = getg()->m->p;
    if (pp == nil) return mcache0;
    if (pp->mcache == nil) pp->mcache = allocmcache();
    return pp->mcache;
}
mspan *mcache_refill(mcache *c, spanClass spc) GO_SYM("runtime.(*mcache).refill");
void mcache_releaseAll(mcache *c) GO_SYM("runtime.(*mcache).releaseAll");
void flushallmcaches(void) GO_SYM("runtime.flushallmcaches");

// ---- malloc.c: span bitmaps --------------------------------------------------------
void mspan_init(mspan *s, spanClass spc) GO_SYM("runtime.(*mspan).init");
void mspan_refillAllocCache(mspan *s, go_uintptr whichWord) GO_SYM("runtime.(*mspan).refillAllocCache");
go_uintptr mspan_nextFreeIndex(mspan *s) GO_SYM("runtime.(*mspan).nextFreeIndex");

static inline bool mspan_isFree(mspan *s, go_uintptr idx) {
    if (idx < s->freeindex) return false;
    return (*allocBitsWord(s, idx / 64) >> (idx % 64) & 1) == 0;
}
static inline go_uintptr mspan_objIndex(mspan *s, go_uintptr p) {
    return (go_uintptr)(((uint64_t)(uint32_t)(p - s->startAddr) * s->divMul) >> 32);
}

// heapBitsFor: the bitmap byte and bit of the word at address p.
static inline uint8_t *heapBitsFor(go_uintptr p, uint32_t *shift) {
    heapArena *ha = mheap_.arenas[p >> logHeapArenaBytes];
    go_uintptr w = (p & (heapArenaBytes - 1)) / _PtrSize;
    *shift = (uint32_t)(w % 8);
    return &ha->bitmap[w / 8];
}

// ---- finalizers (mfinal.c) -------------------------------------------------------------
// markrootSpans: for every object with a finalizer, mark what it references
// (not the object itself) and the finalizer's func value; markrootFinq: the
// queued finalizers' objects and funcs. mark is mgcmark.c's greying of a
// conservative pointer; scan its scanning of an object's referents.
void markrootSpans(void (*scan)(go_uintptr obj), void (*scanblock)(go_uintptr b, go_uintptr n))
    GO_SYM("runtime.markrootSpans");
void markrootFinq(void (*scanblock)(go_uintptr b, go_uintptr n)) GO_SYM("runtime.markrootFinq");
// sweepSpecials (sweep, before the mark bits become allocation bits): an
// unmarked object with a finalizer is marked again (it lives one more
// cycle) and its finalizer queued.
void sweepSpecials(mspan *s) GO_SYM("runtime.sweepSpecials");

// ---- the collector (mgc.c, mgcmark.c, mgcsweep.c) ------------------------------------
bool gcStart(bool forced) GO_SYM("runtime.gcStart");
// xadd64: a statistics counter that several Ms' allocations update.
static inline void xadd64(uint64_t *p, uint64_t n) { __atomic_fetch_add(p, n, __ATOMIC_RELAXED); }
void gcMark(go_uintptr sp) GO_SYM("runtime.gcMark");
void gcSweep(void) GO_SYM("runtime.gcSweep");
extern uint64_t gcHeapGoal GO_SYM("runtime.gcController.heapGoal");
extern uint64_t gcHeapMarked GO_SYM("runtime.gcController.heapMarked");
extern uint64_t gcStressCount GO_SYM("runtime.gcStressCount");

static inline int ctz64(uint64_t x) { return x == 0 ? 64 : __builtin_ctzll(x); }

#endif
