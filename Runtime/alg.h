// alg.h: what map.c, alg.c and rand.c share (not compiler ABI; that is
// include/swiftgo_abi.h). Go: runtime/alg.go, runtime/stubs.go (fastrand).
#ifndef ALG_H
#define ALG_H

#include "runtime.h"

// fastrand (rand.c): the per-M wyrand generator Go uses on 64-bit targets.
uint32_t fastrand(void) GO_SYM("runtime.fastrand");
uint64_t fastrand64(void) GO_SYM("runtime.fastrand64");

// hashkey: the per-process hash key (alg.c), random from AT_RANDOM.
extern go_uintptr hashkey[4] GO_SYM("runtime.hashkey");
void alginit(void) GO_SYM("runtime.alginit");

// The message of a runtime error that is not one of panic.c's: printed as
// gc prints "panic: runtime error: <msg><name>" (alg.c).
GO_NORETURN void panicRuntimeErrorType(const char *msg, const _type *t)
    GO_SYM("runtime.panicRuntimeErrorType");
// A plainError panic (no "runtime error: " prefix) with a fixed message.

// 64×64→128 multiply folded to 64 bits: the mixing step of Go's hash64.go.
static inline uint64_t mix64(uint64_t a, uint64_t b) {
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)(r >> 64) ^ (uint64_t)r;
}

// Unaligned loads without calls: the runtime is built with -fno-builtin,
// so memmove(&v, p, 8) would stay a call.
typedef uint64_t __attribute__((aligned(1), may_alias)) unaligned64;
typedef uint32_t __attribute__((aligned(1), may_alias)) unaligned32;
static inline uint64_t readUnaligned64(const void *p) { return *(const unaligned64 *)p; }
static inline uint64_t readUnaligned32(const void *p) { return *(const unaligned32 *)p; }

// memhash64/memhash32 bodies, inlined into the map fast paths (hash64.go's
// memhash64Fallback, memhash32Fallback).
#define hashM1 0xa0761d6478bd642full
#define hashM2 0xe7037ed1a0b428dbull
#define hashM5 0x1d8e4e27c47d124full
static inline go_uintptr memhash64inline(uint64_t a, go_uintptr seed) {
    return mix64(hashM5 ^ 8, mix64(a ^ hashM2, a ^ seed ^ hashkey[0] ^ hashM1));
}
static inline go_uintptr memhash32inline(uint64_t a, go_uintptr seed) {
    return mix64(hashM5 ^ 4, mix64(a ^ hashM2, a ^ seed ^ hashkey[0] ^ hashM1));
}

// memeq: n bytes equal, a word at a time (memcmp is a byte loop).
static inline bool memeq(const uint8_t *x, const uint8_t *y, go_uintptr n) {
    go_uintptr i = 0;
    for (; i + 8 <= n; i += 8)
        if (readUnaligned64(x + i) != readUnaligned64(y + i)) return false;
    for (; i < n; i++)
        if (x[i] != y[i]) return false;
    return true;
}

#endif
