// mem.c: the C memory primitives LLVM emits calls to even in freestanding
// code (memcpy, memmove, memset, memcmp, bcmp), plus Go's names for the
// runtime's own uses (memmove, memclrNoHeapPointers).
//
// Simple loops: -ffreestanding/-fno-builtin keep clang from turning them
// back into calls to themselves. Word-at-a-time when both sides are aligned.
#include "runtime.h"

#ifndef SWIFTGO_HOSTED   // hosted (runtime.h): libc's, checked by ASan
typedef go_uintptr __attribute__((may_alias)) word;
#define WS sizeof(word)

void *memmove(void *dst, const void *src, size_t n) {
    uint8_t *d = dst;
    const uint8_t *s = src;
    if (d == s || n == 0) return dst;
    bool aligned = (((word)d | (word)s) & (WS - 1)) == 0;
    if (d < s || d >= s + n) {   // forward copy is safe
        size_t i = 0;
        if (aligned)
            for (; i + WS <= n; i += WS) *(word *)(d + i) = *(const word *)(s + i);
        for (; i < n; i++) d[i] = s[i];
    } else {                     // overlapping with dst above src: backward
        size_t i = n;
        if (aligned && (n & (WS - 1)) == 0)
            for (; i >= WS; i -= WS) *(word *)(d + i - WS) = *(const word *)(s + i - WS);
        for (; i > 0; i--) d[i - 1] = s[i - 1];
    }
    return dst;
}

void *memcpy(void *dst, const void *src, size_t n) {
    return memmove(dst, src, n);
}

void *memset(void *dst, int c, size_t n) {
    uint8_t *d = dst;
    size_t i = 0;
    if (((word)d & (WS - 1)) == 0) {
        word w = (uint8_t)c;
        w |= w << 8; w |= w << 16; w |= w << 32;
        for (; i + WS <= n; i += WS) *(word *)(d + i) = w;
    }
    for (; i < n; i++) d[i] = (uint8_t)c;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
    const uint8_t *x = a, *y = b;
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
}

int bcmp(const void *a, const void *b, size_t n) {
    return memcmp(a, b, n);
}
#endif

void memmove_(void *to, const void *from, go_uintptr n) {
    memmove(to, from, n);
}

void memclrNoHeapPointers(void *p, go_uintptr n) {
    memset(p, 0, n);
}
