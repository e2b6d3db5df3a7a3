// alg.c: hashing and equality of the predeclared kinds. Go: runtime/alg.go,
// runtime/hash64.go.
//
// Every comparable type's descriptor points at a hash and an equal function.
// For the predeclared kinds they are here; for arrays and structs the
// compiler emits `type..hash.T` / `type..eq.T` that call these per element
// or field (or memhash/memequal once when the whole value is plain memory),
// as gc does. Generating them in LLVM rather than walking field tables here
// keeps the descriptors small and lets LLVM inline them into the map code
// of the same module; the runtime never needs a struct's field list.
//
// The hash is Go's wyhash-derived fallback (hash64.go; gc uses AES
// instructions when present): fast for short keys, seeded per process
// (hashkey) and per map (hmap.hash0).
#include "alg.h"

go_uintptr hashkey[4];

#define m1 0xa0761d6478bd642full
#define m2 0xe7037ed1a0b428dbull
#define m3 0x8ebc6af09c88c6e3ull
#define m4 0x589965cc75374cc3ull
#define m5 0x1d8e4e27c47d124full

// alginit: the process's hash key, from the kernel's AT_RANDOM bytes mixed
// through fastrand (odd words, as Go makes them).
void alginit(void) {
    for (int i = 0; i < 4; i++) hashkey[i] = (go_uintptr)fastrand64() | 1;
}

static inline uint64_t r4(const uint8_t *p) { return readUnaligned32(p); }
static inline uint64_t r8(const uint8_t *p) { return readUnaligned64(p); }

go_uintptr memhash(const void *ptr, go_uintptr seed, go_uintptr s) {
    const uint8_t *p = ptr;
    uint64_t a, b;
    seed ^= hashkey[0] ^ m1;
    if (s == 0) return seed;
    if (s < 4) {
        a = p[0] | (uint64_t)p[s >> 1] << 8 | (uint64_t)p[s - 1] << 16;
        b = 0;
    } else if (s == 4) {
        a = b = r4(p);
    } else if (s < 8) {
        a = r4(p);
        b = r4(p + s - 4);
    } else if (s == 8) {
        a = b = r8(p);
    } else if (s <= 16) {
        a = r8(p);
        b = r8(p + s - 8);
    } else {
        go_uintptr l = s;
        if (l > 48) {
            // Three independent lanes for long keys.
            uint64_t seed1 = seed, seed2 = seed;
            for (; l > 48; l -= 48, p += 48) {
                seed = mix64(r8(p) ^ m2, r8(p + 8) ^ seed);
                seed1 = mix64(r8(p + 16) ^ m3, r8(p + 24) ^ seed1);
                seed2 = mix64(r8(p + 32) ^ m4, r8(p + 40) ^ seed2);
            }
            seed ^= seed1 ^ seed2;
        }
        for (; l > 16; l -= 16, p += 16) seed = mix64(r8(p) ^ m2, r8(p + 8) ^ seed);
        a = r8(p + l - 16);
        b = r8(p + l - 8);
    }
    return mix64(m5 ^ s, mix64(a ^ m2, b ^ seed));
}

go_uintptr memhash0(const void *p, go_uintptr seed) { return memhash(p, seed, 0); }
go_uintptr memhash8(const void *p, go_uintptr seed) { return memhash(p, seed, 1); }
go_uintptr memhash16(const void *p, go_uintptr seed) { return memhash(p, seed, 2); }

go_uintptr memhash32(const void *p, go_uintptr seed) { return memhash32inline(r4(p), seed); }
go_uintptr memhash64(const void *p, go_uintptr seed) { return memhash64inline(r8(p), seed); }

go_uintptr strhash(const void *p, go_uintptr seed) {
    const GoString *s = p;
    return memhash(s->str, seed, (go_uintptr)s->len);
}

// Floats: +0 and -0 are equal so they must hash alike; NaN != NaN, so a NaN
// key gets a random hash and can never be found again (each m[NaN] = v adds
// an entry), as the spec's == demands. c0 and c1 are Go's 64-bit constants.
#define c0 33054211828000289ull
#define c1 23344194077549503ull

go_uintptr f32hash(const void *p, go_uintptr h) {
    float f = *(const float *)p;
    if (f == 0) return c1 * (c0 ^ h);
    if (f != f) return c1 * (c0 ^ h ^ fastrand());
    return memhash(p, h, 4);
}

go_uintptr f64hash(const void *p, go_uintptr h) {
    double f = *(const double *)p;
    if (f == 0) return c1 * (c0 ^ h);
    if (f != f) return c1 * (c0 ^ h ^ fastrand());
    return memhash(p, h, 8);
}

go_uintptr c64hash(const void *p, go_uintptr h) {
    const float *x = p;
    return f32hash(&x[1], f32hash(&x[0], h));
}

go_uintptr c128hash(const void *p, go_uintptr h) {
    const double *x = p;
    return f64hash(&x[1], f64hash(&x[0], h));
}

// ---- interfaces -----------------------------------------------------------

// Values of pointer shape live in the data word itself; the rest are boxed.
// The same rule as iface.c's isdirectiface and the compiler's toInterface.
static bool isDirectIface(const _type *t) {
    return t->kind == kindPointer || t->kind == kindUnsafePointer || t->kind == kindMap ||
           t->kind == kindChan || t->kind == kindFunc;
}

extern const _type errorStringType;   // panic.c: runtime.Error values

// panicRuntimeErrorType: "runtime error: <msg><type name>".
void panicRuntimeErrorType(const char *msg, const _type *t) {
    go_int n = findnull((const uint8_t *)msg);
    GoString s = concatstring2((const uint8_t *)msg, n, t->name.str, t->name.len);
    GoString *v = mallocgc(sizeof(GoString), &errorStringType, true);
    *v = s;
    gopanic(&errorStringType, v);
}

// typehash: the hash of an interface's dynamic value. A type without a
// hasher (a slice, map or func, or a struct holding one) cannot be a key.
static go_uintptr typehash(const _type *t, void *const *data, go_uintptr h) {
    if (t->hasher == nil) panicRuntimeErrorType("hash of unhashable type ", t);
    return c1 * t->hasher(isDirectIface(t) ? (const void *)data : *data, h ^ c0);
}

go_uintptr nilinterhash(const void *p, go_uintptr h) {
    const GoEface *e = p;   // {type, data}
    if (e->type == nil) return h;
    return typehash(e->type, &e->data, h);
}

go_uintptr interhash(const void *p, go_uintptr h) {
    const GoEface *e = p;   // {itab, data}
    if (e->type == nil) return h;
    return typehash(((const itab *)e->type)->type, &e->data, h);
}

// Interface equality: the same type word, then efaceeq/ifaceeq (iface.c).
bool nilinterequal(const void *p, const void *q) {
    const GoEface *x = p, *y = q;
    return x->type == y->type && efaceeq(x->type, x->data, y->data);
}

// The compiler's static itabs and those getitab builds at run time can be
// two objects for one (interface, type) pair: compare the dynamic types.
bool interequal(const void *p, const void *q) {
    const itab *x = (const itab *)((const GoEface *)p)->type, *y = (const itab *)((const GoEface *)q)->type;
    if (x != y && (x == nil || y == nil || x->type != y->type)) return false;
    return ifaceeq(x, ((const GoEface *)p)->data, ((const GoEface *)q)->data);
}

// ---- equality of the predeclared kinds --------------------------------------

bool memequal0(const void *p, const void *q) { return true; }
bool memequal8(const void *p, const void *q) { return *(const uint8_t *)p == *(const uint8_t *)q; }
bool memequal16(const void *p, const void *q) { return *(const uint16_t *)p == *(const uint16_t *)q; }
bool memequal32(const void *p, const void *q) { return *(const uint32_t *)p == *(const uint32_t *)q; }
bool memequal64(const void *p, const void *q) { return *(const uint64_t *)p == *(const uint64_t *)q; }
bool f32equal(const void *p, const void *q) { return *(const float *)p == *(const float *)q; }
bool f64equal(const void *p, const void *q) { return *(const double *)p == *(const double *)q; }

bool c64equal(const void *p, const void *q) {
    const float *x = p, *y = q;
    return x[0] == y[0] && x[1] == y[1];
}

bool c128equal(const void *p, const void *q) {
    const double *x = p, *y = q;
    return x[0] == y[0] && x[1] == y[1];
}

bool strequal(const void *p, const void *q) {
    const GoString *x = p, *y = q;
    return x->len == y->len && (x->str == y->str || memeq(x->str, y->str, (go_uintptr)x->len));
}
