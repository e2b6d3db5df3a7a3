// rand.c: the runtime's cheap random numbers. Go: runtime/stubs.go.
//
// Each M carries its own state (m.fastrand, seeded from AT_RANDOM in
// mcommoninit), so no lock is needed. On 64-bit targets Go uses wyrand: add
// a constant, multiply the state by a variant of itself, fold the 128-bit
// product. Maps draw their hash seeds and iteration starts from here.
#include "alg.h"

uint64_t fastrand64(void) {
    m *mp = getg()->m;
    // The two 32-bit words of m.fastrand as one 64-bit state.
    uint64_t s = ((uint64_t)mp->fastrand[1] << 32 | mp->fastrand[0]) + 0xa0761d6478bd642full;
    mp->fastrand[0] = (uint32_t)s;
    mp->fastrand[1] = (uint32_t)(s >> 32);
    return mix64(s, s ^ 0xe7037ed1a0b428dbull);
}

uint32_t fastrand(void) {
    return (uint32_t)fastrand64();
}
