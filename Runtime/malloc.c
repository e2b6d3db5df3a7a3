// malloc.c: memory allocation. Go: runtime/malloc.go.
//
// FOR NOW a bump allocator: small objects (<= _MaxSmallSize) are carved from
// 4 MiB chunks mapped with mmap; large objects get their own mapping.
// Nothing is ever freed and there is no collector yet (mgc.c). Memory fresh
// from mmap is zero and is never reused, so every allocation is zeroed
// whatever needzero says. Sizes are rounded as Go's smallest size classes
// round them (8, then multiples of 16) so counts and alignment match what
// the real size-class allocator (mheap.c, mcache.c, sizeclasses.c) will give.
#include "runtime.h"

struct mstats memstats GO_SYM("runtime.memstats");

// The address of every 0-byte allocation, as in Go.
go_uintptr zerobase GO_SYM("runtime.zerobase");

#define _MaxSmallSize 32768
#define _HeapChunk    (4u << 20)

static uint8_t *bumpcur, *bumpend;

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
}

static void *largeAlloc(go_uintptr size) {
    go_uintptr n = (size + physPageSize - 1) & ~(physPageSize - 1);
    if (n < size) throw("out of memory");
    void *p = sysAlloc(n, &memstats.heap_sys);
    if (p == nil) throw("out of memory");
    memstats.total_alloc += n;
    memstats.nmalloc++;
    return p;
}

static void *smallAlloc(go_uintptr size) {
    go_uintptr n = size <= 8 ? 8 : (size + 15) & ~(go_uintptr)15;
    if ((go_uintptr)(bumpend - bumpcur) < n) {
        // The tail of the old chunk is abandoned: at most 32 KiB of 4 MiB.
        uint8_t *c = sysAlloc(_HeapChunk, &memstats.heap_sys);
        if (c == nil) throw("out of memory");
        bumpcur = c;
        bumpend = c + _HeapChunk;
    }
    void *p = bumpcur;
    bumpcur += n;
    memstats.total_alloc += n;
    memstats.nmalloc++;
    return p;
}

// mallocgc allocates an object of size bytes. typ will drive the GC's
// pointer scanning later; needzero is honoured trivially (see above).
void *mallocgc(go_uintptr size, const _type *typ, bool needzero) {
    (void)typ;
    (void)needzero;
    if (size == 0) return &zerobase;
    m *mp = getg()->m;
    if (mp->mallocing) throw("malloc deadlock");
    mp->mallocing = 1;
    void *p = size <= _MaxSmallSize ? smallAlloc(size) : largeAlloc(size);
    mp->mallocing = 0;
    return p;
}

// newobject implements new(T) and the compiler's heap allocations.
void *newobject(const _type *typ) {
    return mallocgc(typ->size, typ, true);
}
