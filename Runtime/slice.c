// slice.c: make and append for slices. Go: runtime/slice.go.
//
// The compiler does everything else inline (indexing, slicing, len, cap,
// copy); these two allocate.
#include "sizeclasses.h"

// mulUintptr: a * b and whether it overflowed (runtime/internal/math).
static inline bool mulUintptr(go_uintptr a, go_uintptr b, go_uintptr *out) {
    return __builtin_mul_overflow(a, b, out);
}

// makeslice: the backing array of make([]T, len, cap). As in Go, a bad cap
// is reported as a bad len when len is itself out of range, so that
// make([]T, n) with a huge n says "len out of range".
void *makeslice(const _type *et, go_int len, go_int cap) {
    go_uintptr mem;
    bool overflow = mulUintptr(et->size, (go_uintptr)cap, &mem);
    if (overflow || mem > maxAlloc || len < 0 || len > cap) {
        overflow = mulUintptr(et->size, (go_uintptr)len, &mem);
        if (overflow || mem > maxAlloc || len < 0) panicmakeslicelen();
        panicmakeslicecap();
    }
    return mallocgc(mem, et, true);
}

// nextcap: Go 1.19's growth rule. Double small slices; above 256 elements
// grow by about 1.25x plus 192, a smooth transition between the two.
static go_int nextcap(go_int oldcap, go_int newlen) {
    go_int newcap = oldcap;
    go_int doublecap = newcap + newcap;
    if (newlen > doublecap) return newlen;
    const go_int threshold = 256;
    if (oldcap < threshold) return doublecap;
    while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * threshold) / 4;
    // Overflow: fall back to the requested length.
    return newcap <= 0 ? newlen : newcap;
}

// growslice: a new backing array for append. The new capacity is rounded
// up to the size class the allocation lands in, so that cap() reports all
// the memory the slice owns, exactly as gc's does.
GoSlice growslice(const _type *et, void *oldarray, go_int oldlen, go_int oldcap, go_int newlen) {
    if (newlen < oldcap) panicgrowslice();
    if (et->size == 0) return (GoSlice){&zerobase, oldlen, newlen};

    go_int newcap = nextcap(oldcap, newlen);
    go_uintptr size = et->size, lenmem = (go_uintptr)oldlen * size;
    go_uintptr newlenmem = (go_uintptr)newlen * size, capmem;
    bool overflow = mulUintptr(size, (go_uintptr)newcap, &capmem);
    capmem = roundupsize(capmem);
    newcap = (go_int)(capmem / size);
    if (overflow || capmem > maxAlloc) panicgrowslice();

    uint8_t *p;
    if (et->ptrdata == 0) {
        // Only the part past the new length needs clearing; append
        // overwrites the rest.
        p = mallocgcnoscan(capmem, false);
        memclrNoHeapPointers(p + newlenmem, capmem - newlenmem);
    } else {
        p = mallocgc(capmem, et, true);
    }
    memmove(p, oldarray, (size_t)lenmem);
    return (GoSlice){p, oldlen, newcap};
}
