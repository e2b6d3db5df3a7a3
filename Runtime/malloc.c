// malloc.c: memory allocation. Go: runtime/malloc.go, mbitmap.go.
//
// mallocgc picks one of three paths, as Go's does:
//   - tiny: pointer-free objects under 16 bytes are packed into one 16-byte
//     block of the current mcache (the block is freed when nothing points
//     into it any more);
//   - small (<= 32 KiB): a slot of the size class's span in the P's mcache,
//     found with nextFreeFast (count trailing zeros of allocCache), or
//     after a refill from the mcentral;
//   - large: a span of its own from the mheap.
// Objects that can hold pointers get their pointer bits written into the
// arena bitmap (heapBitsSetType) so the collector can scan them precisely.
// Before allocating, mallocgc starts a collection when the heap has reached
// its goal (mgc.c), so the new object never has to be found by it.
#include "malloc.h"

struct mstats memstats GO_SYM("runtime.memstats");

// The address of every 0-byte allocation, as in Go.
go_uintptr zerobase GO_SYM("runtime.zerobase");

// sysAlloc obtains zeroed memory from the OS and accounts it to *sysStat.
void *sysAlloc(go_uintptr n, uint64_t *sysStat) {
    void *p = mmap_(nil, n, _PROT_READ | _PROT_WRITE, _MAP_PRIVATE | _MAP_ANON, -1, 0);
    if ((go_uintptr)p >= (go_uintptr)-4095) return nil;
    *sysStat += n;
    return p;
}

void mallocinit(void) {
    // Go insists on a sane page size before laying out its arenas.
    if (physPageSize == 0) physPageSize = 4096;   // no AT_PAGESZ: assume 4 KiB
    if ((physPageSize & (physPageSize - 1)) != 0)
        throw("failed to get system page size");
    if (class_to_size[tinySizeClass] != maxTinySize) throw("bad tinySizeClass");
    mheapinit();
    mcache0 = allocmcache();   // until the first P has its own
}

// ---- span allocation bitmaps (Go: mbitmap.go) ----------------------------------

// mspan_init prepares a span fresh from the heap to hold objects of class spc.
void mspan_init(mspan *s, spanClass spc) {
    uint8_t sc = spanClassSizeclass(spc);
    s->spanclass = spc;
    if (sc == 0) {
        s->elemsize = s->npages * _PageSize;
        s->nelems = 1;
    } else {
        s->elemsize = class_to_size[sc];
        s->nelems = (uint32_t)(s->npages * _PageSize / s->elemsize);
    }
    // Large spans have one object at index 0 and never divide (their size
    // may not even fit in 32 bits).
    s->divMul = sc == 0 ? 0 : (uint32_t)(~(uint32_t)0 / (uint32_t)s->elemsize + 1);
    s->limit = s->startAddr + s->elemsize * s->nelems;
    s->freeindex = 0;
    s->allocCount = 0;
    memset(s->bits, 0, sizeof s->bits);
    s->allocCache = ~(uint64_t)0;
}

// refillAllocCache loads the 64 allocation bits at word whichWord, inverted
// so that ctz finds the next free slot.
void mspan_refillAllocCache(mspan *s, go_uintptr whichWord) {
    s->allocCache = ~*allocBitsWord(s, whichWord);
}

// shr64: x >> n for n up to 64 (C leaves n == 64 undefined; Go gives 0).
static inline uint64_t shr64(uint64_t x, int n) { return n >= 64 ? 0 : x >> n; }

// nextFreeIndex returns the index of the next free slot at or after
// freeindex, or nelems when the span is full.
go_uintptr mspan_nextFreeIndex(mspan *s) {
    go_uintptr sfreeindex = s->freeindex, snelems = s->nelems;
    if (sfreeindex == snelems) return sfreeindex;
    int bitIndex = ctz64(s->allocCache);
    while (bitIndex == 64) {
        // Move to the next word of allocBits.
        sfreeindex = (sfreeindex + 64) & ~(go_uintptr)63;
        if (sfreeindex >= snelems) {
            s->freeindex = snelems;
            return snelems;
        }
        mspan_refillAllocCache(s, sfreeindex / 64);
        bitIndex = ctz64(s->allocCache);
    }
    go_uintptr result = sfreeindex + (go_uintptr)bitIndex;
    if (result >= snelems) {
        s->freeindex = snelems;
        return snelems;
    }
    s->allocCache = shr64(s->allocCache, bitIndex + 1);
    sfreeindex = result + 1;
    if (sfreeindex % 64 == 0 && sfreeindex != snelems)
        mspan_refillAllocCache(s, sfreeindex / 64);
    s->freeindex = sfreeindex;
    return result;
}

// nextFreeFast: the fast path, when a free slot is in the current allocCache.
static inline go_uintptr nextFreeFast(mspan *s) {
    int theBit = ctz64(s->allocCache);
    if (theBit < 64) {
        go_uintptr result = s->freeindex + (go_uintptr)theBit;
        if (result < s->nelems) {
            go_uintptr freeidx = result + 1;
            if (freeidx % 64 == 0 && freeidx != s->nelems) return 0;
            s->allocCache = shr64(s->allocCache, theBit + 1);
            s->freeindex = freeidx;
            s->allocCount++;
            return s->startAddr + result * s->elemsize;
        }
    }
    return 0;
}

// nextFree: the slow path; refills the mcache's span when it is full.
// *shouldhelpgc is set when a new span was needed.
static go_uintptr nextFree(mcache *c, spanClass spc, mspan **sp) {
    mspan *s = c->alloc[spc];
    go_uintptr idx = mspan_nextFreeIndex(s);
    if (idx == s->nelems) {
        s = mcache_refill(c, spc);
        idx = mspan_nextFreeIndex(s);
    }
    if (idx >= s->nelems) throw("freeIndex is not valid");
    s->allocCount++;
    *sp = s;
    return s->startAddr + idx * s->elemsize;
}

// ---- pointer bits (Go: heapBitsSetType) ------------------------------------------

// heapBitsSetType records which words of the object at x (a slot of size
// bytes, dataSize of them requested) hold pointers: typ's gcdata, repeated
// for each element when dataSize is an array of typ; every word up to
// dataSize when typ is unknown (nil); none past the data. The bitmap is
// written a byte (8 words) at a time.
static void heapBitsSetType(go_uintptr x, go_uintptr size, go_uintptr dataSize, const _type *typ) {
    go_uintptr words = size / _PtrSize;
    go_uintptr elemWords = 1, ptrWords = 1;
    go_uintptr dataWords = (dataSize + _PtrSize - 1) / _PtrSize;
    const uint8_t *gcdata = nil;
    if (typ != nil) {
        elemWords = typ->size / _PtrSize;
        ptrWords = typ->ptrdata / _PtrSize;
        gcdata = typ->gcdata;
        if (elemWords == 0) elemWords = 1;
        if (typ->size != 0) dataWords = dataSize / typ->size * elemWords;
    }
    go_uintptr i = 0;   // word within the current element
    for (go_uintptr w = 0; w < words;) {
        uint32_t shift;
        uint8_t *b = heapBitsFor(x + w * _PtrSize, &shift);
        go_uintptr nb = 8 - shift;
        if (nb > words - w) nb = words - w;
        uint8_t val = 0;
        for (go_uintptr k = 0; k < nb; k++, i++) {
            if (i == elemWords) i = 0;
            if (w + k < dataWords && i < ptrWords &&
                (gcdata == nil || (gcdata[i / 8] >> (i % 8) & 1)))
                val |= (uint8_t)(1u << (shift + k));
        }
        uint8_t mask = (uint8_t)(((1u << nb) - 1) << shift);
        *b = (uint8_t)((*b & ~mask) | val);
        w += nb;
    }
}

// ---- mallocgc ---------------------------------------------------------------------------

static inline uint8_t sizeToClass(go_uintptr size) {
    if (size <= smallSizeMax - 8) return size_to_class8[(size + smallSizeDiv - 1) / smallSizeDiv];
    return size_to_class128[(size - smallSizeMax + largeSizeDiv - 1) / largeSizeDiv];
}

// tinyAlloc packs size (< 16) pointer-free bytes into the current tiny block.
static void *tinyAlloc(mcache *c, go_uintptr size) {
    go_uintptr off = c->tinyoffset;
    // Align for the largest power of two dividing size, as Go does.
    if ((size & 7) == 0) off = (off + 7) & ~(go_uintptr)7;
    else if ((size & 3) == 0) off = (off + 3) & ~(go_uintptr)3;
    else if ((size & 1) == 0) off = (off + 1) & ~(go_uintptr)1;
    if (off + size <= maxTinySize && c->tiny != 0) {
        c->tinyoffset = off + size;
        c->tinyAllocs++;
        xadd64(&memstats.tinyallocs, 1);
        return (void *)(c->tiny + off);
    }
    // A new 16-byte block; keep whichever block has more room left.
    spanClass spc = makeSpanClass(tinySizeClass, true);
    mspan *s = c->alloc[spc];
    go_uintptr v = nextFreeFast(s);
    if (v == 0) v = nextFree(c, spc, &s);
    asanunpoison(v, maxTinySize);   // the whole block: tiny objects share it
    ((uint64_t *)v)[0] = 0;
    ((uint64_t *)v)[1] = 0;
    xadd64(&memstats.heap_live, maxTinySize);
    if (size < c->tinyoffset || c->tiny == 0) {
        c->tiny = v;
        c->tinyoffset = size;
    }
    return (void *)v;
}

static void *smallAlloc(mcache *c, go_uintptr size, const _type *typ, bool noscan, bool needzero) {
    uint8_t sizeclass = sizeToClass(size);
    spanClass spc = makeSpanClass(sizeclass, noscan);
    mspan *s = c->alloc[spc];
    go_uintptr v = nextFreeFast(s);
    if (v == 0) v = nextFree(c, spc, &s);
    go_uintptr n = s->elemsize;
    asanunpoison(v, n);
    if (needzero && s->needzero) memclrNoHeapPointers((void *)v, n);
    asanpoison(v + size, n - size);   // the size class's padding
    if (!noscan) heapBitsSetType(v, n, size, typ);
    xadd64(&memstats.heap_live, n);
    xadd64(&memstats.total_alloc, n);
    return (void *)v;
}

static void *largeAlloc(go_uintptr size, const _type *typ, bool noscan, bool needzero) {
    if (size > maxAlloc - _PageSize) throw("runtime: out of memory");
    go_uintptr npages = (size + _PageSize - 1) / _PageSize;
    mspan *s = mheap_alloc(npages, makeSpanClass(0, noscan));
    s->limit = s->startAddr + ((size + _PtrSize - 1) & ~(go_uintptr)(_PtrSize - 1));
    asanunpoison(s->startAddr, npages * _PageSize);
    if (needzero && s->needzero) memclrNoHeapPointers((void *)s->startAddr, npages * _PageSize);
    asanpoison(s->startAddr + size, npages * _PageSize - size);
    s->needzero = true;   // once freed and reused
    if (!noscan) heapBitsSetType(s->startAddr, s->limit - s->startAddr, size, typ);
    s->allocCount = 1;
    s->freeindex = 1;
    xadd64(&memstats.heap_live, s->elemsize);
    xadd64(&memstats.total_alloc, s->elemsize);
    return (void *)s->startAddr;
}

// gcShouldStart: the heap trigger (mgc.c's pacer), or GODEBUG=gcstress=N.
// With the collector off (GOGC=off, debug.SetGCPercent(-1)) only
// runtime.GC collects, gcstress or not.
static inline bool gcShouldStart(void) {
    if (gcPercent < 0) return false;
    if (debug.gcstress > 0 && ++gcStressCount >= (uint64_t)debug.gcstress) {
        gcStressCount = 0;
        return true;
    }
    return memstats.heap_live >= gcHeapGoal;
}

static void *mallocgc1(go_uintptr size, const _type *typ, bool noscan, bool needzero) {
    if (size == 0) return &zerobase;
    m *mp = getg()->m;
    if (mp->mallocing) throw("malloc deadlock");
    if (gcShouldStart()) gcStart(false);
    mp->mallocing = 1;
    mcache *c = getMCache();
    void *x;
    if (noscan && size < maxTinySize) x = tinyAlloc(c, size);
    else if (size <= _MaxSmallSize) x = smallAlloc(c, size, typ, noscan, needzero);
    else x = largeAlloc(size, typ, noscan, needzero);
    if (noscan && size < maxTinySize) xadd64(&memstats.total_alloc, size);
    xadd64(&memstats.nmalloc, 1);
    mp->mallocing = 0;
    return x;
}

// mallocgc allocates an object of size bytes, scanned by the collector
// with typ's pointer bitmap, or conservatively when typ is nil.
void *mallocgc(go_uintptr size, const _type *typ, bool needzero) {
    return mallocgc1(size, typ, typ != nil && typ->ptrdata == 0, needzero);
}

// mallocgcnoscan allocates size bytes that never hold pointers.
void *mallocgcnoscan(go_uintptr size, bool needzero) {
    return mallocgc1(size, nil, true, needzero);
}

// newobject implements new(T) and the compiler's heap allocations.
void *newobject(const _type *typ) {
    return mallocgc(typ->size, typ, true);
}
