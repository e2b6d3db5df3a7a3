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
GO_NORETURN void panicPlain(const char *msg) GO_SYM("runtime.panicPlain");

// 64×64→128 multiply folded to 64 bits: the mixing step of Go's hash64.go.
static inline uint64_t mix64(uint64_t a, uint64_t b) {
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)(r >> 64) ^ (uint64_t)r;
}

#endif
