// t_map.c: maps (map.c) against a reference model, for many key kinds:
// the fast32/fast64/faststr entry points and the generic ones (memhash8,
// strings, floats with ±0, complex, 160-byte indirect keys with 200-byte
// indirect elems, interfaces). Keys are numbered 0..K-1; the model is an
// array indexed by that number (present? which value?).
#include "hosted.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KInt64, KInt32, KStrFast, KStr, KUint8, KFloat, KComplex, KBig, KIface, NKINDS };
static const char *kindName[NKINDS] = {"int64/fast64", "int32/fast32", "string/faststr", "string",
                                       "uint8", "float64", "complex128", "[160]byte->[200]byte", "interface{}"};
#define MAXK 4096
#define BIGK 160
#define BIGE 200

static go_uintptr hashBig(const void *p, go_uintptr seed) { return memhash(p, seed, BIGK); }
static bool equalBig(const void *p, const void *q) { return memcmp(p, q, BIGK) == 0; }
static const _type tBigKey = {.size = BIGK, .align = 8, .kind = kindArray, .equal = equalBig,
                              .hasher = hashBig, .name = {S("[160]uint8")}};
static const _type tBigElem = {.size = BIGE, .align = 8, .kind = kindArray, .name = {S("[200]uint8")}};

static maptype mtypes[NKINDS];
static const _type *keyTypes[NKINDS] = {&tInt64, &tInt32, &tString, &tString, &tUint8,
                                        &tFloat64, &tComplex128, &tBigKey, &tEface};

static void initTypes(void) {
    for (int k = 0; k < NKINDS; k++) {
        const _type *kt = keyTypes[k], *et = k == KBig ? &tBigElem : &tInt64;
        maptype *t = &mtypes[k];
        t->key = kt;
        t->elem = et;
        t->hasher = kt->hasher;
        t->keysize = (uint8_t)(kt->size > 128 ? 8 : kt->size);
        t->elemsize = (uint8_t)(et->size > 128 ? 8 : et->size);
        t->bucketsize = (uint16_t)(8 + 8 * t->keysize + 8 * t->elemsize + 8);
        t->flags = (kt->size > 128 ? mapIndirectKey : 0) | (et->size > 128 ? mapIndirectElem : 0);
        if (k != KFloat && k != KComplex && k != KIface) t->flags |= mapReflexiveKey;
        if (k == KStrFast || k == KStr || k == KFloat || k == KComplex || k == KIface) t->flags |= mapNeedKeyUpdate;
        if (k == KIface) t->flags |= mapHashMightPanic;
    }
}

// ---- keys ---------------------------------------------------------------------------------
static char strPool[MAXK][64];
static GoString strs[MAXK];
static int64_t boxedInts[MAXK];
static double boxedFloats[MAXK];
// *int64: a pointer-shaped type, stored directly in the interface's data word.
static const _type tPtr = {.size = 8, .ptrdata = 8, .align = 8, .kind = kindPointer, .equal = memequal64,
                           .hasher = memhash64, .gcdata = (const uint8_t *)"\x01", .name = {S("*int64")}};

static void initKeys(void) {
    for (int i = 0; i < MAXK; i++) {
        int n = snprintf(strPool[i], sizeof strPool[i], "%d:", i);
        int extra = i % 41;   // lengths from 2 to 45: every memhash path
        memset(strPool[i] + n, 'a' + i % 26, (size_t)extra);
        strs[i] = (GoString){(const uint8_t *)strPool[i], n + extra};
        boxedInts[i] = i;
        boxedFloats[i] = i + 0.25;
    }
}

typedef union key { int64_t i64; int32_t i32; uint8_t u8; double f; double c[2]; GoString s;
                    GoEface e; uint8_t big[BIGK]; } key;

// makeKey: key number id of kind k. A string key is sometimes a fresh copy of
// its bytes, so equality must not rest on pointer identity.
static key makeKey(int k, int id) {
    key x;
    memset(&x, 0, sizeof x);
    switch (k) {
    case KInt64: x.i64 = (int64_t)id * 0x100000001ll - 7; break;
    case KInt32: x.i32 = id * 65599 - 1000; break;
    case KStrFast: case KStr:
        x.s = strs[id];
        if (rndn(2) == 0) {
            char *b = malloc(64);   // strings are immutable: never reused (leaked)
            memcpy(b, strs[id].str, (size_t)strs[id].len);
            x.s.str = (const uint8_t *)b;
        }
        break;
    case KUint8: x.u8 = (uint8_t)id; break;
    case KFloat: x.f = id == 0 ? (rndn(2) ? 0.0 : -0.0) : (id % 2 ? -1 : 1) * (id + 0.5); break;
    case KComplex: x.c[0] = id; x.c[1] = id == 0 && rndn(2) ? -0.0 : -id; break;
    case KBig: memcpy(x.big, &id, sizeof id); x.big[BIGK - 1] = (uint8_t)(id * 7); break;
    case KIface:
        // Dynamic types: int64, string, *int64 (direct), float64.
        switch (id % 4) {
        case 0: x.e = (GoEface){&tInt64, &boxedInts[id]}; break;
        case 1: x.e = (GoEface){&tString, &strs[id]}; break;
        case 2: x.e = (GoEface){&tPtr, &boxedInts[id]}; break;
        default: x.e = (GoEface){&tFloat64, &boxedFloats[id]}; break;
        }
        break;
    }
    return x;
}

static int parseStr(const GoString *s) { int n = 0; for (go_int i = 0; s->str[i] != ':'; i++) n = n * 10 + (s->str[i] - '0'); return n; }

// keyId: the number of a stored key.
static int keyId(int k, const void *p) {
    key xv;
    memcpy(&xv, p, keyTypes[k]->size);   // p is only as aligned as the key type
    const key *x = &xv;
    switch (k) {
    case KInt64: return (int)((x->i64 + 7) / 0x100000001ll);
    case KInt32: return (x->i32 + 1000) / 65599;
    case KStrFast: case KStr: return parseStr(&x->s);
    case KUint8: return x->u8;
    case KFloat: return x->f == 0 ? 0 : (int)((x->f < 0 ? -x->f : x->f) - 0.5);
    case KComplex: return (int)x->c[0];
    case KBig: { int id; memcpy(&id, x->big, sizeof id); return id; }
    default:
        if (x->e.type == &tInt64) return (int)*(const int64_t *)x->e.data;
        if (x->e.type == &tPtr) return (int)((const int64_t *)x->e.data - boxedInts);
        if (x->e.type == &tFloat64) return (int)*(const double *)x->e.data;
        return parseStr(x->e.data);
    }
}

static int kindK(int k) { return k == KUint8 ? 256 : 300 + (int)rndn(MAXK - 300); }

// ---- the operations, through the entry points compiled code uses for k ---------------------
static void *opAssign(int k, void *h, key *x) {
    const maptype *t = &mtypes[k];
    switch (k) {
    case KInt64: return mapassign_fast64(t, h, (uint64_t)x->i64);
    case KInt32: return mapassign_fast32(t, h, (uint32_t)x->i32);
    case KStrFast: return mapassign_faststr(t, h, x->s.str, x->s.len);
    default: return mapassign(t, h, x);
    }
}
static void *opAccess2(int k, void *h, key *x) {
    const maptype *t = &mtypes[k];
    switch (k) {
    case KInt64: return mapaccess2_fast64(t, h, (uint64_t)x->i64);
    case KInt32: return mapaccess2_fast32(t, h, (uint32_t)x->i32);
    case KStrFast: return mapaccess2_faststr(t, h, x->s.str, x->s.len);
    default: return mapaccess2(t, h, x);
    }
}
static void *opAccess1(int k, void *h, key *x) {
    const maptype *t = &mtypes[k];
    switch (k) {
    case KInt64: return mapaccess1_fast64(t, h, (uint64_t)x->i64);
    case KInt32: return mapaccess1_fast32(t, h, (uint32_t)x->i32);
    case KStrFast: return mapaccess1_faststr(t, h, x->s.str, x->s.len);
    default: return mapaccess1(t, h, x);
    }
}
static void opDelete(int k, void *h, key *x) {
    const maptype *t = &mtypes[k];
    switch (k) {
    case KInt64: mapdelete_fast64(t, h, (uint64_t)x->i64); break;
    case KInt32: mapdelete_fast32(t, h, (uint32_t)x->i32); break;
    case KStrFast: mapdelete_faststr(t, h, x->s.str, x->s.len); break;
    default: mapdelete(t, h, x);
    }
}

// The elem: value v in its first and last words.
static void setElem(int k, void *e, uint64_t v) {
    ((uint64_t *)e)[0] = v;
    if (k == KBig) ((uint64_t *)e)[BIGE / 8 - 1] = ~v;
}
static bool elemIs(int k, const void *e, uint64_t v) {
    return ((const uint64_t *)e)[0] == v && (k != KBig || ((const uint64_t *)e)[BIGE / 8 - 1] == ~v);
}

static bool elemZero(int k, const void *e) {
    const uint64_t *w = e;
    return w[0] == 0 && (k != KBig || w[BIGE / 8 - 1] == 0);
}

static bool present[MAXK];
static uint64_t value[MAXK];
static int npresent;
static go_int maplen(void *h) { return h == nil ? 0 : *(go_int *)h; }

// checkIter: a full iteration visits every present key once, with its value.
static void checkIter(int k, void *h) {
    static uint8_t seen[MAXK];
    memset(seen, 0, sizeof seen);
    hiter it;
    int n = 0;
    for (mapiterinit(&mtypes[k], h, &it); it.key != nil; mapiternext(&it)) {
        int id = keyId(k, it.key);
        CHECKF(id >= 0 && id < MAXK && present[id], "%s: iteration yields absent key %d", kindName[k], id);
        CHECKF(!seen[id]++, "%s: iteration yields key %d twice", kindName[k], id);
        CHECKF(elemIs(k, it.elem, value[id]), "%s: iteration: key %d has the wrong value", kindName[k], id);
        n++;
    }
    CHECK_EQ(n, npresent);
}

static void runModel(int k, int nops) {
    int K = kindK(k);
    memset(present, 0, sizeof present);
    npresent = 0;
    void *h = rndn(2) ? makemap_small() : makemap(&mtypes[k], (go_int)rndn(2000));
    // Phases that favour inserting, then mixing, then deleting: the map
    // grows, churns (same-size grows from overflow chains) and empties.
    for (int op = 0; op < nops; op++) {
        int phase = op * 3 / nops;
        int id = (int)rndn((uint64_t)K);
        key x = makeKey(k, id);
        uint64_t r = rndn(10);
        if (r < (phase == 0 ? 6u : phase == 1 ? 4u : 1u)) {
            uint64_t v = rnd();
            void *e = opAssign(k, h, &x);
            CHECK(e != nil);
            if (present[id]) CHECKF(elemIs(k, e, value[id]), "%s: key %d: old value lost", kindName[k], id);
            else CHECKF(elemZero(k, e), "%s: key %d: new elem not zero", kindName[k], id);
            setElem(k, e, v);
            if (!present[id]) npresent++;
            present[id] = true;
            value[id] = v;
        } else if (r < 8) {
            void *e = rndn(2) ? opAccess2(k, h, &x) : opAccess1(k, h, &x);
            if (present[id]) CHECKF(e != nil && elemIs(k, e, value[id]), "%s: key %d: lookup failed", kindName[k], id);
            else CHECKF(e == nil || elemZero(k, e), "%s: absent key %d found", kindName[k], id);
        } else {
            opDelete(k, h, &x);
            if (present[id]) npresent--;
            present[id] = false;
        }
        CHECK_EQ(maplen(h), npresent);
        if (op % (nops / 8) == 0) checkIter(k, h);
    }
    checkIter(k, h);
}

void test_map_model(void) {
    initTypes();
    initKeys();
    for (int k = 0; k < NKINDS; k++)
        for (int rep = 0; rep < 3; rep++) runModel(k, 6000 + (int)rndn(6000));
}

// Iteration while the map changes (and grows): every key present from start
// to end is visited exactly once, no key twice, a visited key is present at
// that moment and has its current value (Go's guarantees for range).
void test_map_iter(void) {
    initTypes();
    initKeys();
    static bool always[MAXK];
    static uint8_t seen[MAXK];
    for (int round = 0; round < 60; round++) {
        int k = (int)rndn(NKINDS);
        int K = kindK(k);
        memset(present, 0, sizeof present);
        npresent = 0;
        void *h = makemap_small();
        int n0 = (int)rndn((uint64_t)K / 2);
        for (int i = 0; i < n0; i++) {
            int id = (int)rndn((uint64_t)K);
            key x = makeKey(k, id);
            uint64_t v = rnd();
            setElem(k, opAssign(k, h, &x), v);
            if (!present[id]) npresent++;
            present[id] = true;
            value[id] = v;
        }
        memcpy(always, present, sizeof always);
        memset(seen, 0, sizeof seen);
        hiter it;
        int mode = (int)rndn(3);   // 0: deletes, 1: inserts (growth), 2: both and updates
        for (mapiterinit(&mtypes[k], h, &it); it.key != nil; mapiternext(&it)) {
            int id = keyId(k, it.key);
            CHECKF(present[id], "%s: iteration yields deleted key %d", kindName[k], id);
            CHECKF(!seen[id]++, "%s: key %d visited twice", kindName[k], id);
            CHECKF(elemIs(k, it.elem, value[id]), "%s: key %d: stale value", kindName[k], id);
            for (int j = (int)rndn(4); j > 0; j--) {
                int id2 = (int)rndn((uint64_t)K);
                key x = makeKey(k, id2);
                if (mode == 0 || (mode == 2 && rndn(2) == 0)) {
                    opDelete(k, h, &x);
                    if (present[id2]) npresent--;
                    present[id2] = always[id2] = false;
                } else {
                    uint64_t v = rnd();
                    setElem(k, opAssign(k, h, &x), v);
                    if (!present[id2]) npresent++;
                    present[id2] = true;
                    value[id2] = v;
                }
            }
        }
        for (int id = 0; id < K; id++)
            CHECKF(!always[id] || seen[id] == 1, "%s: key %d present throughout, visited %d times", kindName[k], id, seen[id]);
        CHECK_EQ(maplen(h), npresent);
        checkIter(k, h);
    }
}

// ---- the special cases -------------------------------------------------------------------
static void assignNil(void *arg) { int64_t k = 1; mapassign(&mtypes[KInt64], nil, &k); }
static void assignNilFast(void *arg) { mapassign_faststr(&mtypes[KStrFast], nil, S("x")); }
static void unhashable(void *arg) {
    static const _type tSlice = {.size = 24, .ptrdata = 8, .kind = kindSlice, .name = {S("[]int")}};
    GoSlice s = {nil, 0, 0};
    GoEface e = {&tSlice, &s};
    mapaccess2(&mtypes[KIface], arg, &e);
}
static void unhashableAssign(void *arg) {
    static const _type tMap = {.size = 8, .ptrdata = 8, .kind = kindMap, .name = {S("map[int]int")}};
    GoEface e = {&tMap, nil};
    mapassign(&mtypes[KIface], arg, &e);
}

void test_map_special(void) {
    initTypes();
    initKeys();
    // NaN != NaN: every assignment adds an entry no lookup finds; iteration
    // sees them all; delete cannot remove them.
    void *h = makemap_small();
    double nan = __builtin_nan("");
    for (int i = 0; i < 100; i++) {
        *(int64_t *)mapassign(&mtypes[KFloat], h, &nan) = i;
        CHECK(mapaccess2(&mtypes[KFloat], h, &nan) == nil);
        mapdelete(&mtypes[KFloat], h, &nan);
        double one = 1;
        *(int64_t *)mapassign(&mtypes[KFloat], h, &one) = -1;   // growth moves NaNs too
    }
    CHECK_EQ(maplen(h), 101);
    hiter it;
    int nans = 0, sum = 0;
    for (mapiterinit(&mtypes[KFloat], h, &it); it.key != nil; mapiternext(&it))
        if (*(double *)it.key != *(double *)it.key) { nans++; sum += (int)*(int64_t *)it.elem; }
    CHECK_EQ(nans, 100);
    CHECK_EQ(sum, 99 * 100 / 2);

    // +0 and -0 are one key; the stored key is the last one assigned.
    h = makemap_small();
    double pz = 0.0, nz = -0.0;
    *(int64_t *)mapassign(&mtypes[KFloat], h, &nz) = 1;
    *(int64_t *)mapassign(&mtypes[KFloat], h, &pz) = 2;
    CHECK_EQ(maplen(h), 1);
    CHECK_EQ(*(int64_t *)mapaccess1(&mtypes[KFloat], h, &nz), 2);
    mapiterinit(&mtypes[KFloat], h, &it);
    CHECK(!__builtin_signbit(*(double *)it.key));

    // nil maps: reads see zeroes, iteration nothing, delete is a no-op,
    // assignment panics with gc's message.
    int64_t k1 = 5;
    CHECK(mapaccess2(&mtypes[KInt64], nil, &k1) == nil);
    CHECK_EQ(*(int64_t *)mapaccess1_fast64(&mtypes[KInt64], nil, 5), 0);
    mapdelete(&mtypes[KInt64], nil, &k1);
    mapiterinit(&mtypes[KInt64], nil, &it);
    CHECK(it.key == nil);
    expectFatal(assignNil, nil, "panic: assignment to entry in nil map");
    expectFatal(assignNilFast, nil, "panic: assignment to entry in nil map");

    // Interface keys whose dynamic type has no hash panic, even in an empty map.
    h = makemap_small();
    expectFatal(unhashable, h, "panic: runtime error: hash of unhashable type []int");
    expectFatal(unhashableAssign, h, "panic: runtime error: hash of unhashable type map[int]int");
    CHECK_EQ(maplen(h), 0);
    key x = makeKey(KIface, 7);
    *(int64_t *)mapassign(&mtypes[KIface], h, &x) = 7;
    expectFatal(unhashable, h, "hash of unhashable type []int");
    CHECK_EQ(*(int64_t *)mapaccess1(&mtypes[KIface], h, &x), 7);

    // Absurd and negative hints are ignored, as in Go.
    h = makemap(&mtypes[KBig], -1);
    CHECK(h != nil && maplen(h) == 0);
    h = makemap(&mtypes[KBig], (go_int)1 << 62);
    CHECK(h != nil && maplen(h) == 0);
    key b = makeKey(KBig, 3);
    setElem(KBig, mapassign(&mtypes[KBig], h, &b), 42);
    CHECK(elemIs(KBig, mapaccess1(&mtypes[KBig], h, &b), 42));
}

// ---- churn: same-size growth --------------------------------------------------------------
// A map of steady size under deletes and inserts of ever new keys piles up
// overflow buckets without passing the load factor, until it is rebuilt at
// the same size (sameSizeGrow); iterations run across those rebuilds. Keys
// are 64-bit mixes of an ever-growing id; the model is the list of live ids.
static uint64_t mixId(uint64_t id) {
    uint64_t z = id * 0x9e3779b97f4a7c15ull;
    return z ^ (z >> 29);
}
typedef struct hmapHead { go_int count; uint8_t flags, B; } hmapHead;   // map.c's hmap prefix
enum { hSameSizeGrow = 8 };

void test_map_churn(void) {
    initTypes();
    const maptype *t = &mtypes[KInt64];
    static uint64_t live[4096], vals[4096];
    static uint8_t seen[4096];
    int sameSize = 0;
    for (int round = 0; round < 6; round++) {
        void *h = makemap_small();
        // Just under the load factor (6.5 per bucket): buckets overflow often.
        // Once there, every delete is followed by an insert: the size stays put.
        int n = 0, target = 6 << (3 + rndn(4));
        uint64_t nextId = 1;
        for (int op = 0; op < 40000; op++) {
            if (n < target || op % 2 == 0) {
                if (n == 4096) continue;
                uint64_t id = nextId++, v = rnd();
                *(uint64_t *)mapassign_fast64(t, h, mixId(id)) = v;
                live[n] = id; vals[n] = v; n++;
            } else {
                int i = (int)rndn((uint64_t)n);
                mapdelete_fast64(t, h, mixId(live[i]));
                CHECK(mapaccess2_fast64(t, h, mixId(live[i])) == nil);
                live[i] = live[n - 1]; vals[i] = vals[n - 1]; n--;
            }
            if (((hmapHead *)h)->flags & hSameSizeGrow) sameSize++;
            CHECK_EQ(maplen(h), n);
            if (n > 0) {
                int i = (int)rndn((uint64_t)n);
                uint64_t *e = mapaccess2_fast64(t, h, mixId(live[i]));
                CHECKF(e != nil && *e == vals[i], "churn: live id %llu lost", (unsigned long long)live[i]);
            }
            if (op % 5000 == 4999) {
                // An iteration with churn during it: the keys live throughout
                // are visited once each.
                memset(seen, 0, sizeof seen);
                static uint64_t before[4096];
                int nb = n;
                memcpy(before, live, sizeof(uint64_t) * (size_t)n);
                hiter it;
                for (mapiterinit(t, h, &it); it.key != nil; mapiternext(&it)) {
                    for (int j = 0; j < 2 && n > 1; j++) {   // churn: delete one, add one
                        int i = (int)rndn((uint64_t)n);
                        mapdelete_fast64(t, h, mixId(live[i]));
                        live[i] = live[n - 1]; vals[i] = vals[n - 1]; n--;
                        uint64_t id = nextId++;
                        *(uint64_t *)mapassign_fast64(t, h, mixId(id)) = 0;
                        live[n] = id; vals[n] = 0; n++;
                    }
                    // Which "before" key is it? (ids are below nextId; search the snapshot)
                    uint64_t k = *(uint64_t *)it.key;
                    for (int j = 0; j < nb; j++)
                        if (mixId(before[j]) == k) { CHECKF(!seen[j]++, "churn: key visited twice"); break; }
                }
                // Keys of the snapshot still live at the end were visited.
                for (int j = 0; j < nb; j++) {
                    bool still = false;
                    for (int i = 0; i < n && !still; i++) still = live[i] == before[j];
                    if (still) CHECKF(seen[j] == 1, "churn: live key not visited");
                }
            }
        }
    }
    CHECKF(sameSize > 0, "churn never caused a same-size growth (the test no longer tests it)");
}

// NaN keys while the map grows under an iterator: each NaN entry is
// visited once (evacuation sends NaNs by tophash's low bit, and the
// iterator has to agree).
void test_map_nan_growth(void) {
    initTypes();
    double nan = __builtin_nan("");
    for (int round = 0; round < 30; round++) {
        void *h = makemap_small();
        int nn = 1 + (int)rndn(60);
        for (int i = 0; i < nn; i++) *(int64_t *)mapassign(&mtypes[KFloat], h, &nan) = i;
        static uint8_t seen[64];
        memset(seen, 0, sizeof seen);
        hiter it;
        double d = 1000;
        for (mapiterinit(&mtypes[KFloat], h, &it); it.key != nil; mapiternext(&it)) {
            double k = *(double *)it.key;
            int64_t v = *(int64_t *)it.elem;
            if (k == k) continue;   // a key added during the iteration
            CHECK(v >= 0 && v < nn);
            CHECKF(!seen[v]++, "NaN entry %d visited twice", (int)v);
            for (int j = 0; j < 8; j++) { d += 1; *(int64_t *)mapassign(&mtypes[KFloat], h, &d) = -1; }   // grow
        }
        for (int i = 0; i < nn; i++) CHECKF(seen[i] == 1, "NaN entry %d visited %d times", i, seen[i]);
    }
}
