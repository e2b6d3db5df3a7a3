// rand.c: the runtime's cheap random numbers. Go: runtime/stubs.go.
//
// Each M carries its own state (m.fastrand, seeded from AT_RANDOM in
// mcommoninit), so no lock is needed. On 64-bit targets Go uses wyrand: add
// a constant, multiply the state by a variant of itself, fold the 128-bit
// product. Maps draw their hash seeds and iteration starts from here.
#include "alg.h"

uint64_t fastrand64(void) {
    m *mp = getg()->m;
    uint64_t s;
    memmove(&s, mp->fastrand, sizeof s);   // the two 32-bit words as one
    s += 0xa0761d6478bd642full;
    memmove(mp->fastrand, &s, sizeof s);
    return mix64(s, s ^ 0xe7037ed1a0b428dbull);
}

uint32_t fastrand(void) {
    return (uint32_t)fastrand64();
}
