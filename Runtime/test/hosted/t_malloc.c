// t_malloc.c: the allocator (malloc.c, mcache.c, mcentral.c, mheap.c,
// sizeclasses.c): size classes, objects that never overlap and come back
// zeroed, interior-pointer span lookup, and ASan's view of the heap.
#include "hosted.h"
#include <sanitizer/asan_interface.h>
#include <stdlib.h>
#include <string.h>

// Every size maps to the smallest class that holds it; classes fit their
// spans and are multiples of 8 (16 from 16 on, so tiny blocks align).
void test_sizeclasses(void) {
    for (int c = 1; c < _NumSizeClasses; c++) {
        CHECK(class_to_size[c] > class_to_size[c - 1]);
        CHECK(class_to_size[c] % 8 == 0);
        go_uintptr span = (go_uintptr)class_to_allocnpages[c] * _PageSize;
        CHECKF(span / class_to_size[c] >= 1 && span / class_to_size[c] <= maxObjsPerSpan, "class %d", c);
        // Go's waste bound: the tail of the span under 1/8 (12.5%).
        CHECKF(span % class_to_size[c] <= span / 8, "class %d wastes %zu", c, (size_t)(span % class_to_size[c]));
    }
    CHECK_EQ(class_to_size[_NumSizeClasses - 1], _MaxSmallSize);
    int c = 1;
    for (go_uintptr size = 1; size <= _MaxSmallSize; size++) {
        while (class_to_size[c] < size) c++;
        CHECKF(roundupsize(size) == class_to_size[c], "roundupsize(%zu) = %zu, want %u", (size_t)size,
               (size_t)roundupsize(size), class_to_size[c]);
    }
    for (int i = 0; i < 10000; i++) {
        go_uintptr size = _MaxSmallSize + 1 + rndn((go_uintptr)1 << (10 + rndn(30)));
        go_uintptr r = roundupsize(size);
        CHECK(r >= size && r % _PageSize == 0 && r - size < _PageSize);
    }
    CHECK_EQ(roundupsize(~(go_uintptr)0 - 100), ~(go_uintptr)0 - 100);   // overflow: unchanged, as Go
}

// ---- live objects and their canaries ---------------------------------------------------------
#define NOBJ 4000
typedef struct obj { uint8_t *p; go_uintptr size; uint32_t tag; } obj;
static obj objs[NOBJ];

static go_uintptr randomSize(void) {
    switch (rndn(8)) {
    case 0: case 1: return 1 + rndn(maxTinySize - 1);       // tiny
    case 2: case 3: case 4: return 16 + rndn(512);          // small
    case 5: return 512 + rndn(8192);
    case 6: return 8192 + rndn(_MaxSmallSize - 8192 + 1);
    default: return rndn(16) == 0 ? _MaxSmallSize + 1 + rndn(300000) : 1 + rndn(64);   // large, rarely
    }
}

// An object's canary bytes: a window, chosen by its tag, of one random table
// (so that fill and verify are one memcpy/memcmp each).
#define PATMAX (400 << 10)
static uint8_t patTable[PATMAX + 65536];
static const uint8_t zeros[PATMAX];
static const uint8_t *pat(uint32_t tag) { return patTable + (tag * 7919u) % 65536; }

static void fill(obj *o) { memcpy(o->p, pat(o->tag), o->size); }

static void verify(const obj *o, const char *when) {
    if (memcmp(o->p, pat(o->tag), o->size) == 0) return;
    go_uintptr i = 0;
    while (o->p[i] == pat(o->tag)[i]) i++;
    check_fail(__FILE__, __LINE__, "canary", "%s: object %p (size %zu) byte %zu changed", when,
               (void *)o->p, (size_t)o->size, (size_t)i);
}

static int cmpObj(const void *a, const void *b) {
    const obj *x = a, *y = b;
    return x->p < y->p ? -1 : x->p > y->p;
}

// Live objects never overlap: sort by address, compare neighbours.
static void checkDisjoint(void) {
    static obj sorted[NOBJ];
    int n = 0;
    for (int i = 0; i < NOBJ; i++) if (objs[i].p != nil) sorted[n++] = objs[i];
    qsort(sorted, (size_t)n, sizeof(obj), cmpObj);
    for (int i = 1; i < n; i++)
        CHECKF(sorted[i - 1].p + sorted[i - 1].size <= sorted[i].p, "objects %p+%zu and %p overlap",
               (void *)sorted[i - 1].p, (size_t)sorted[i - 1].size, (void *)sorted[i].p);
}

static _type ptrType;        // {*T, int}: scanned
static uint8_t ptrTypeBits[1];

static uint8_t *allocRandom(go_uintptr *size) {
    if (*size >= 16 && rndn(2) == 0) {   // whole elements of a 16-byte type
        *size &= ~(go_uintptr)15;
        return mallocgc(*size, &ptrType, true);
    }
    return mallocgcnoscan(*size, true);
}

// Random allocate / write / "free" (drop, then collect) sequences: every new
// object reads as zero, objects never overlap, and no write to one object
// (nor the collector, nor reuse of freed memory) changes another.
void test_malloc_canaries(void) {
    ptrType = makeType(16, 0x1, ptrTypeBits);
    memset(objs, 0, sizeof objs);
    for (size_t i = 0; i < sizeof patTable; i++) patTable[i] = (uint8_t)rnd();
    uint32_t tag = 0;
    for (int round = 0; round < 8; round++) {
        for (int k = 0; k < NOBJ * 2; k++) {
            obj *o = &objs[rndn(NOBJ)];
            if (o->p != nil) {
                verify(o, "before drop");
                if (rndn(3) != 0) { o->p = nil; continue; }
            }
            go_uintptr size = randomSize();
            o->p = allocRandom(&size);
            o->size = size;
            CHECK(o->size <= PATMAX);
            if (memcmp(o->p, zeros, o->size) != 0) {
                go_uintptr i = 0;
                while (o->p[i] == 0) i++;
                check_fail(__FILE__, __LINE__, "zeroed", "new object %p (size %zu) byte %zu is %#x",
                           (void *)o->p, (size_t)o->size, (size_t)i, o->p[i]);
            }
            o->tag = ++tag;
            fill(o);   // in pointer words too: a stray heap address only retains more
        }
        checkDisjoint();
        void *roots[NOBJ];
        int n = 0;
        for (int i = 0; i < NOBJ; i++) if (objs[i].p != nil) roots[n++] = objs[i].p;
        collect(roots, n);
        for (int i = 0; i < NOBJ; i++) if (objs[i].p != nil) verify(&objs[i], "after collect");
        if (round % 2 == 1) mheap_scavenge(0, false);
    }
    memset(objs, 0, sizeof objs);
    collect(nil, 0);
}

// spanOf maps every interior address of a live object to its span, and
// objIndex maps it back to the object's start; addresses outside the heap,
// in free pages or in the tail of a span have no object.
void test_malloc_spanof(void) {
    memset(objs, 0, sizeof objs);
    for (int i = 0; i < NOBJ; i++) {
        go_uintptr size = randomSize();
        objs[i].p = allocRandom(&size);
        objs[i].size = size;
    }
    for (int i = 0; i < NOBJ * 4; i++) {
        obj *o = &objs[rndn(NOBJ)];
        go_uintptr off = rndn(o->size);
        mspan *s = spanOf((go_uintptr)o->p + off);
        CHECKF(s != nil, "no span for %p+%zu", (void *)o->p, (size_t)off);
        CHECK(s == spanOf((go_uintptr)o->p));
        CHECK(s->state == mSpanInUse);
        CHECK((go_uintptr)o->p >= s->startAddr && (go_uintptr)o->p + o->size <= s->startAddr + s->npages * _PageSize);
        if (spanClassSizeclass(s->spanclass) == 0) {
            CHECK((go_uintptr)o->p == s->startAddr);
            CHECK(o->size <= s->limit - s->startAddr);
        } else {
            go_uintptr idx = mspan_objIndex(s, (go_uintptr)o->p + off);
            CHECKF(s->startAddr + idx * s->elemsize == (go_uintptr)o->p ||
                   (o->size < maxTinySize && (go_uintptr)o->p - (s->startAddr + idx * s->elemsize) < maxTinySize),
                   "objIndex(%p+%zu) = %zu, elemsize %zu", (void *)o->p, (size_t)off, (size_t)idx, (size_t)s->elemsize);
            CHECK(idx < s->nelems);
            CHECK(!mspan_isFree(s, idx));
        }
    }
    int local;
    CHECK(spanOf((go_uintptr)&local) == nil);
    CHECK(spanOf((go_uintptr)objs) == nil);
    CHECK(spanOf(mheap_.arenaStart - 1) == nil);
    CHECK(spanOf(mheap_.arenaEnd) == nil);
    CHECK(spanOf(0) == nil);
    // Drop everything: the spans go back to the heap and no longer map.
    go_uintptr probe[64];
    for (int i = 0; i < 64; i++) probe[i] = (go_uintptr)objs[rndn(NOBJ)].p;
    memset(objs, 0, sizeof objs);
    collect(nil, 0);
    for (int i = 0; i < 64; i++) {
        mspan *s = spanOf(probe[i]);
        if (s == nil) continue;   // freed span: fine
        // A span that survived (it holds objects of the runtime's, say the
        // sudog cache) must not list the dropped object as allocated.
        CHECK(spanClassSizeclass(s->spanclass) != 0);
        CHECK(mspan_isFree(s, mspan_objIndex(s, probe[i])));
    }
}

// ASan sees the allocator's view: an object is addressable up to its
// requested size, the size class's padding is not, nor are slots that were
// never allocated.
void test_malloc_asan(void) {
    for (int i = 0; i < 2000; i++) {
        go_uintptr size = randomSize();
        uint8_t *p = allocRandom(&size);
        CHECKF(!__asan_region_is_poisoned(p, size), "object %p size %zu poisoned", (void *)p, (size_t)size);
        mspan *s = spanOf((go_uintptr)p);
        go_uintptr slot = spanClassSizeclass(s->spanclass) == 0 ? s->npages * _PageSize : s->elemsize;
        if (size >= maxTinySize && size < slot)
            CHECKF(__asan_address_is_poisoned(p + size), "size %zu: byte after the object is addressable", (size_t)size);
        // The next slot of a fresh small span has not been handed out yet.
        if (spanClassSizeclass(s->spanclass) != 0 && s->allocCount == 1 && s->nelems > 1 && size >= maxTinySize)
            CHECK(__asan_address_is_poisoned(p + s->elemsize));
    }
    collect(nil, 0);
}

// Run by scripts/sanitize in a child process: a 1-byte overflow past a heap
// object must be caught by ASan (proof that the instrumentation is live).
void crash_overflow(void) {
    uint8_t *p = mallocgcnoscan(100, true);   // size class 112
    ((volatile uint8_t *)p)[100] = 1;
}

void crash_use_after_free(void) {
    uint8_t *p = mallocgcnoscan(200, true);
    collect(nil, 0);                          // p is unreachable: freed and poisoned
    ((volatile uint8_t *)p)[0] = 1;
}
