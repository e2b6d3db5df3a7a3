// map.c: Go's hash map. Go: runtime/map.go (and map_fast32/64/faststr.go).
//
// A map is an array of 2^B buckets. Each bucket holds 8 entries: 8 "tophash"
// bytes (the hash's top byte, or a state marker), then the 8 keys, then the
// 8 elems (grouped so keys and elems need no padding between them), then a
// pointer to an overflow bucket. The low B bits of a key's hash pick its
// bucket; tophash lets a lookup skip most slots without comparing keys.
//
// When the average load passes 6.5 entries per bucket the array doubles;
// when overflow chains grow long without that (many deletes), it is
// rebuilt at the same size. Growth is incremental, as in Go: the old array
// is kept, and each assign or delete evacuates the bucket it touches plus
// one more, so no single operation pays for the whole rehash. Lookups and
// iterators consult the old array for buckets not yet evacuated.
//
// Iteration starts at a random bucket and a random slot within each bucket
// (Go programs must not depend on map order, and gc makes sure they can't).
// Deleting during iteration is safe; entries added during it may or may not
// be seen. Keys and elems over 128 bytes are stored out of line.
//
// The generic functions take the key by address and use the key type's
// hash and equal; the _fast32/_fast64/_faststr variants take the key by
// value and compare inline. Both are one implementation, specialised per
// key kind by always_inline (Go keeps four copies of the source instead).
#include "alg.h"

_Static_assert(sizeof(hiter) == GO_HITER_SIZE, "hiter size");

#define bucketCntBits 3
#define bucketCnt     8
// Load factor 6.5 = 13/2: grow when count > 6.5 * 2^B.
#define loadFactorNum 13
#define loadFactorDen 2
#define dataOffset    8        // keys start after the tophash bytes
#define maxZero       1024     // size of zeroVal

// tophash values below minTopHash mark slot states.
enum {
    emptyRest = 0,       // this slot and all later ones (and overflows) are empty
    emptyOne = 1,        // this slot is empty
    evacuatedX = 2,      // entry moved to the first half of the new array
    evacuatedY = 3,      // entry moved to the second half
    evacuatedEmpty = 4,  // slot empty, bucket evacuated
    minTopHash = 5,
};

// hmap.flags
enum {
    iterator = 1,        // there may be an iterator using buckets
    oldIterator = 2,     // there may be an iterator using oldbuckets
    hashWriting = 4,     // a goroutine is writing to the map
    sameSizeGrow = 8,    // the current growth is to a same-size array
};

typedef struct bmap { uint8_t tophash[bucketCnt]; } bmap;

typedef struct hmap {
    go_int count;           // live entries; first, so len(m) is one load
    uint8_t flags;
    uint8_t B;              // log2 of the number of buckets
    uint16_t noverflow;     // approximate number of overflow buckets
    uint32_t hash0;         // per-map hash seed
    void *buckets;          // 2^B buckets
    void *oldbuckets;       // the previous array while growing, else nil
    go_uintptr nevacuate;   // old buckets below this are evacuated
} hmap;

static const uint8_t zeroVal[maxZero];
static bool hashkeyReady;

// Key kinds: which specialisation of the common code is being built.
enum { kGeneric, k32, k64, kStr };

// ---- bucket arithmetic --------------------------------------------------------

static inline go_uintptr bucketShift(uint8_t b) { return (go_uintptr)1 << (b & 63); }
static inline go_uintptr bucketMask(uint8_t b) { return bucketShift(b) - 1; }

static inline uint8_t tophash(go_uintptr hash) {
    uint8_t top = (uint8_t)(hash >> 56);
    return top < minTopHash ? top + minTopHash : top;
}

static inline bool isEmpty(uint8_t x) { return x <= emptyOne; }

static inline bool evacuated(const bmap *b) {
    uint8_t h = b->tophash[0];
    return h > emptyOne && h < minTopHash;
}

static inline bmap *bucketAt(const maptype *t, void *base, go_uintptr i) {
    return (bmap *)((uint8_t *)base + i * t->bucketsize);
}

// lookupBucket: the bucket that holds hash's keys. While the map grows, a
// bucket not yet evacuated is still the live one in the old array (which
// was half as big unless the growth keeps the size).
static bmap *lookupBucket(const maptype *t, const hmap *h, go_uintptr hash) {
    go_uintptr m = bucketMask(h->B);
    bmap *b = bucketAt(t, h->buckets, hash & m);
    if (h->oldbuckets != nil) {
        if (!(h->flags & sameSizeGrow)) m >>= 1;
        bmap *oldb = bucketAt(t, h->oldbuckets, hash & m);
        if (!evacuated(oldb)) b = oldb;
    }
    return b;
}

static inline bmap *overflowOf(const maptype *t, const bmap *b) {
    return *(bmap **)((uint8_t *)b + t->bucketsize - sizeof(void *));
}

static inline void setoverflow(const maptype *t, bmap *b, bmap *ovf) {
    *(bmap **)((uint8_t *)b + t->bucketsize - sizeof(void *)) = ovf;
}

static inline uint8_t *keyAt(const maptype *t, bmap *b, go_uintptr i) {
    return (uint8_t *)b + dataOffset + i * t->keysize;
}

static inline uint8_t *elemAt(const maptype *t, bmap *b, go_uintptr i) {
    return (uint8_t *)b + dataOffset + bucketCnt * (go_uintptr)t->keysize + i * t->elemsize;
}

// The key or elem itself, following the pointer when stored out of line.
static inline void *keyOf(const maptype *t, uint8_t *k) {
    return (t->flags & mapIndirectKey) ? *(void **)k : k;
}

static inline void *elemOf(const maptype *t, uint8_t *e) {
    return (t->flags & mapIndirectElem) ? *(void **)e : e;
}

static inline bool overLoadFactor(go_int count, uint8_t B) {
    return count > bucketCnt && (go_uintptr)count > loadFactorNum * (bucketShift(B) / loadFactorDen);
}

// tooManyOverflowBuckets: as many overflow buckets as buckets (capped at
// 2^15) means entries are spread thin; a same-size grow compacts them.
static inline bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
    if (B > 15) B = 15;
    return noverflow >= (uint16_t)1 << B;
}

static inline bool growing(const hmap *h) { return h->oldbuckets != nil; }

static inline go_uintptr noldbuckets(const hmap *h) {
    uint8_t oldB = h->B;
    if (!(h->flags & sameSizeGrow)) oldB--;
    return bucketShift(oldB);
}

static inline go_uintptr oldbucketmask(const hmap *h) { return noldbuckets(h) - 1; }

// ---- hashing and comparing by key kind -------------------------------------

static inline __attribute__((always_inline))
go_uintptr keyhash(const maptype *t, const void *key, uint32_t seed, int kind) {
    switch (kind) {
    case k32: return memhash32inline(*(const uint32_t *)key, seed);
    case k64: return memhash64inline(*(const uint64_t *)key, seed);
    case kStr: return strhash(key, seed);
    default: return t->hasher(key, seed);
    }
}

static inline __attribute__((always_inline))
bool keyequal(const maptype *t, const void *key, const void *k, int kind) {
    switch (kind) {
    case k32: return *(const uint32_t *)key == *(const uint32_t *)k;
    case k64: return *(const uint64_t *)key == *(const uint64_t *)k;
    case kStr: {
        const GoString *x = key, *y = k;
        return x->len == y->len && (x->str == y->str || memeq(x->str, y->str, (go_uintptr)x->len));
    }
    default: return t->key->equal(key, k);
    }
}

static inline void *stored(const maptype *t, uint8_t *k, int kind) {
    return kind == kGeneric ? keyOf(t, k) : k;
}

// ---- making maps ---------------------------------------------------------------

static void *makeBucketArray(const maptype *t, uint8_t B) {
    // The GC will want t's bucket type here; the allocator ignores it today.
    return mallocgc(bucketShift(B) * t->bucketsize, nil, true);
}

static hmap *newhmap(void) {
    if (!hashkeyReady) { alginit(); hashkeyReady = true; }   // first map of the process
    hmap *h = mallocgc(sizeof(hmap), nil, true);
    h->hash0 = fastrand();
    return h;
}

// makemap_small: make(map[K]V) or a hint known to be ≤ 8; the bucket array
// is allocated by the first assignment.
void *makemap_small(void) { return newhmap(); }

// makemap: make(map[K]V, hint). B is the smallest size that holds hint
// entries under the load factor; an absurd or negative hint counts as 0,
// as in Go.
void *makemap(const maptype *t, go_int hint) {
    if (hint < 0 || (go_uintptr)hint > ((go_uintptr)1 << 40) / t->bucketsize) hint = 0;
    hmap *h = newhmap();
    uint8_t B = 0;
    while (overLoadFactor(hint, B)) B++;
    h->B = B;
    if (B != 0) h->buckets = makeBucketArray(t, B);
    return h;
}

// ---- lookup ------------------------------------------------------------------------

// mapaccess: the elem for key, or nil.
static inline __attribute__((always_inline))
void *mapaccess(const maptype *t, hmap *h, const void *key, int kind) {
    if (h == nil || h->count == 0) {
        // A nil or empty map still has to panic for an unhashable key.
        if (kind == kGeneric && (t->flags & mapHashMightPanic)) t->hasher(key, 0);
        return nil;
    }
    if (h->flags & hashWriting) throw("concurrent map read and map write");
    go_uintptr hash = keyhash(t, key, h->hash0, kind);
    bmap *b = lookupBucket(t, h, hash);
    uint8_t top = tophash(hash);
    for (; b != nil; b = overflowOf(t, b)) {
        for (go_uintptr i = 0; i < bucketCnt; i++) {
            if (b->tophash[i] != top) {
                if (b->tophash[i] == emptyRest) return nil;
                continue;
            }
            if (keyequal(t, key, stored(t, keyAt(t, b, i), kind), kind))
                return kind == kGeneric ? elemOf(t, elemAt(t, b, i)) : elemAt(t, b, i);
        }
    }
    return nil;
}

// ---- assignment -----------------------------------------------------------------------

static void growWork(const maptype *t, hmap *h, go_uintptr bucket);
static void hashGrow(const maptype *t, hmap *h);

// incrnoverflow: exact below 2^16 buckets; above, counted with probability
// 2^-(B-15) so the uint16 approximates "as many overflow buckets as buckets".
static void incrnoverflow(hmap *h) {
    if (h->B < 16) { h->noverflow++; return; }
    uint32_t mask = ((uint32_t)1 << (h->B - 15)) - 1;
    if ((fastrand() & mask) == 0) h->noverflow++;
}

static bmap *newoverflow(const maptype *t, hmap *h, bmap *b) {
    bmap *ovf = mallocgc(t->bucketsize, nil, true);
    incrnoverflow(h);
    setoverflow(t, b, ovf);
    return ovf;
}

static inline __attribute__((always_inline))
void *mapassign_impl(const maptype *t, hmap *h, const void *key, int kind) {
    if (h == nil) panicplain("assignment to entry in nil map");
    if (h->flags & hashWriting) throw("concurrent map writes");
    go_uintptr hash = keyhash(t, key, h->hash0, kind);
    h->flags ^= hashWriting;   // after hashing, which may panic
    if (h->buckets == nil) h->buckets = makeBucketArray(t, 0);

again:;
    go_uintptr bucket = hash & bucketMask(h->B);
    if (growing(h)) growWork(t, h, bucket);
    bmap *b = bucketAt(t, h->buckets, bucket);
    uint8_t top = tophash(hash);

    uint8_t *inserti = nil, *insertk = nil, *elem = nil;
    for (;;) {
        for (go_uintptr i = 0; i < bucketCnt; i++) {
            if (b->tophash[i] != top) {
                if (isEmpty(b->tophash[i]) && inserti == nil) {
                    inserti = &b->tophash[i];
                    insertk = keyAt(t, b, i);
                    elem = elemAt(t, b, i);
                }
                if (b->tophash[i] == emptyRest) goto notfound;
                continue;
            }
            uint8_t *k = keyAt(t, b, i);
            void *kp = stored(t, k, kind);
            if (!keyequal(t, key, kp, kind)) continue;
            // Already present: replace the key only where == does not mean
            // identical (+0 vs -0; a string's bytes may be a different copy).
            if (kind == kGeneric && (t->flags & mapNeedKeyUpdate)) memmove(kp, key, t->key->size);
            elem = elemAt(t, b, i);
            goto done;
        }
        bmap *ovf = overflowOf(t, b);
        if (ovf == nil) break;
        b = ovf;
    }

notfound:
    // Not found. Grow first if this entry would overload the table; the
    // growth moves everything, so start over.
    if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
        hashGrow(t, h);
        goto again;
    }
    if (inserti == nil) {
        // Every slot of the chain is full: chain a new bucket.
        bmap *newb = newoverflow(t, h, b);
        inserti = &newb->tophash[0];
        insertk = keyAt(t, newb, 0);
        elem = elemAt(t, newb, 0);
    }
    if (kind == kGeneric && (t->flags & mapIndirectKey)) {
        void *kmem = mallocgc(t->key->size, t->key, true);
        *(void **)insertk = kmem;
        insertk = kmem;
    }
    if (kind == kGeneric && (t->flags & mapIndirectElem)) {
        *(void **)elem = mallocgc(t->elem->size, t->elem, true);
    }
    switch (kind) {
    case k32: *(uint32_t *)insertk = *(const uint32_t *)key; break;
    case k64: *(uint64_t *)insertk = *(const uint64_t *)key; break;
    case kStr: *(GoString *)insertk = *(const GoString *)key; break;
    default: memmove(insertk, key, t->key->size);
    }
    *inserti = top;
    h->count++;

done:
    if (!(h->flags & hashWriting)) throw("concurrent map writes");
    h->flags &= ~hashWriting;
    return kind == kGeneric ? elemOf(t, elem) : elem;
}

// ---- deletion ------------------------------------------------------------------------

static inline __attribute__((always_inline))
void mapdelete_impl(const maptype *t, hmap *h, const void *key, int kind) {
    if (h == nil || h->count == 0) {
        if (kind == kGeneric && (t->flags & mapHashMightPanic)) t->hasher(key, 0);
        return;
    }
    if (h->flags & hashWriting) throw("concurrent map writes");
    go_uintptr hash = keyhash(t, key, h->hash0, kind);
    h->flags ^= hashWriting;

    go_uintptr bucket = hash & bucketMask(h->B);
    if (growing(h)) growWork(t, h, bucket);
    bmap *b = bucketAt(t, h->buckets, bucket), *bOrig = b;
    uint8_t top = tophash(hash);
    for (; b != nil; b = overflowOf(t, b)) {
        for (go_uintptr i = 0; i < bucketCnt; i++) {
            if (b->tophash[i] != top) {
                if (b->tophash[i] == emptyRest) goto out;
                continue;
            }
            uint8_t *k = keyAt(t, b, i);
            if (!keyequal(t, key, stored(t, k, kind), kind)) continue;
            // Clear the slot so a later insert finds zeroes (and the GC,
            // later, no stale pointers).
            if (kind == kGeneric && (t->flags & mapIndirectKey)) *(void **)k = nil;
            else memset(k, 0, t->keysize);
            memset(elemAt(t, b, i), 0, t->elemsize);
            b->tophash[i] = emptyOne;
            // If the chain now ends in empty slots, mark them emptyRest so
            // lookups stop early: walk backwards over emptyOne slots.
            if (i == bucketCnt - 1) {
                bmap *ovf = overflowOf(t, b);
                if (ovf != nil && ovf->tophash[0] != emptyRest) goto notLast;
            } else if (b->tophash[i + 1] != emptyRest) {
                goto notLast;
            }
            for (;;) {
                b->tophash[i] = emptyRest;
                if (i == 0) {
                    if (b == bOrig) break;   // the start of the chain
                    bmap *c = b;
                    for (b = bOrig; overflowOf(t, b) != c; b = overflowOf(t, b)) {}
                    i = bucketCnt - 1;
                } else {
                    i--;
                }
                if (b->tophash[i] != emptyOne) break;
            }
        notLast:
            h->count--;
            // A fresh seed once empty makes collision attacks harder (Go issue 25237).
            if (h->count == 0) h->hash0 = fastrand();
            goto out;
        }
    }
out:
    if (!(h->flags & hashWriting)) throw("concurrent map writes");
    h->flags &= ~hashWriting;
}

// ---- growth ----------------------------------------------------------------------------

static void hashGrow(const maptype *t, hmap *h) {
    // Double if the table is overloaded; otherwise it just has too many
    // overflow buckets: rebuild at the same size.
    uint8_t bigger = 1;
    if (!overLoadFactor(h->count + 1, h->B)) {
        bigger = 0;
        h->flags |= sameSizeGrow;
    }
    void *oldbuckets = h->buckets;
    void *newbuckets = makeBucketArray(t, h->B + bigger);
    // Iterators of the current array now iterate the old one.
    uint8_t flags = h->flags & ~(iterator | oldIterator);
    if (h->flags & iterator) flags |= oldIterator;
    h->B += bigger;
    h->flags = flags;
    h->oldbuckets = oldbuckets;
    h->buckets = newbuckets;
    h->nevacuate = 0;
    h->noverflow = 0;
    // The entries move by growWork, a bucket or two per assign/delete.
}

// An evacuation destination: a bucket of the new array and the next slot.
typedef struct evacDst {
    bmap *b;
    go_uintptr i;
    uint8_t *k;
    uint8_t *e;
} evacDst;

static void evacDstInit(const maptype *t, evacDst *d, bmap *b) {
    d->b = b;
    d->i = 0;
    d->k = keyAt(t, b, 0);
    d->e = elemAt(t, b, 0);
}

static bool bucketEvacuated(const maptype *t, hmap *h, go_uintptr bucket) {
    return evacuated(bucketAt(t, h->oldbuckets, bucket));
}

// advanceEvacuationMark moves nevacuate past evacuated buckets; when all
// are done the old array is dropped.
static void advanceEvacuationMark(hmap *h, const maptype *t, go_uintptr newbit) {
    h->nevacuate++;
    // Bound the scan so one call stays O(1) (Go's 1024).
    go_uintptr stop = h->nevacuate + 1024;
    if (stop > newbit) stop = newbit;
    while (h->nevacuate != stop && bucketEvacuated(t, h, h->nevacuate)) h->nevacuate++;
    if (h->nevacuate == newbit) {
        h->oldbuckets = nil;
        h->flags &= ~sameSizeGrow;
    }
}

// evacuate moves the entries of old bucket oldbucket (and its chain) to the
// new array: when doubling, to bucket oldbucket (X) or oldbucket+newbit (Y)
// by the hash's next bit. The old slots are marked so that iterators still
// walking the old array know where each entry went.
static void evacuate(const maptype *t, hmap *h, go_uintptr oldbucket) {
    bmap *b = bucketAt(t, h->oldbuckets, oldbucket);
    go_uintptr newbit = noldbuckets(h);
    if (!evacuated(b)) {
        evacDst xy[2];
        evacDstInit(t, &xy[0], bucketAt(t, h->buckets, oldbucket));
        if (!(h->flags & sameSizeGrow)) evacDstInit(t, &xy[1], bucketAt(t, h->buckets, oldbucket + newbit));

        for (; b != nil; b = overflowOf(t, b)) {
            for (go_uintptr i = 0; i < bucketCnt; i++) {
                uint8_t top = b->tophash[i];
                if (isEmpty(top)) {
                    b->tophash[i] = evacuatedEmpty;
                    continue;
                }
                if (top < minTopHash) throw("bad map state");
                uint8_t *k = keyAt(t, b, i), *e = elemAt(t, b, i);
                void *k2 = keyOf(t, k);
                uint8_t useY = 0;
                if (!(h->flags & sameSizeGrow)) {
                    go_uintptr hash = t->hasher(k2, h->hash0);
                    if ((h->flags & iterator) && !(t->flags & mapReflexiveKey) && !t->key->equal(k2, k2)) {
                        // A NaN-like key hashes differently each time: its
                        // destination must be reproducible for iterators,
                        // so use tophash's low bit, and rehash the top.
                        useY = top & 1;
                        top = tophash(hash);
                    } else if (hash & newbit) {
                        useY = 1;
                    }
                }
                b->tophash[i] = evacuatedX + useY;
                evacDst *dst = &xy[useY];
                if (dst->i == bucketCnt) evacDstInit(t, dst, newoverflow(t, h, dst->b));
                dst->b->tophash[dst->i & (bucketCnt - 1)] = top;
                memmove(dst->k, k, t->keysize);   // the pointer itself if indirect
                memmove(dst->e, e, t->elemsize);
                dst->i++;
                dst->k += t->keysize;
                dst->e += t->elemsize;
            }
        }
        // Go clears the old bucket's keys and elems for the GC unless an
        // iterator may still read them; nothing scans them yet here.
    }
    if (oldbucket == h->nevacuate) advanceEvacuationMark(h, t, newbit);
}

static void growWork(const maptype *t, hmap *h, go_uintptr bucket) {
    // The old bucket about to be used, then one more to make progress.
    evacuate(t, h, bucket & oldbucketmask(h));
    if (growing(h)) evacuate(t, h, h->nevacuate);
}

// ---- iteration -----------------------------------------------------------------------

// mapaccessK: the stored key and elem for key, for an iterator whose entry
// has moved to the new array. Returns false if it has been deleted.
static bool mapaccessK(const maptype *t, hmap *h, const void *key, void **rk, void **re) {
    if (h == nil || h->count == 0) return false;
    go_uintptr hash = t->hasher(key, h->hash0);
    bmap *b = lookupBucket(t, h, hash);
    uint8_t top = tophash(hash);
    for (; b != nil; b = overflowOf(t, b)) {
        for (go_uintptr i = 0; i < bucketCnt; i++) {
            if (b->tophash[i] != top) {
                if (b->tophash[i] == emptyRest) return false;
                continue;
            }
            void *k = keyOf(t, keyAt(t, b, i));
            if (t->key->equal(key, k)) {
                *rk = k;
                *re = elemOf(t, elemAt(t, b, i));
                return true;
            }
        }
    }
    return false;
}

#define noCheck ((go_uintptr)1 << 63)

void mapiterinit(const maptype *t, void *hp, hiter *it) {
    hmap *h = hp;
    memset(it, 0, sizeof *it);
    it->t = t;
    if (h == nil || h->count == 0) return;   // key stays nil: nothing to visit
    it->h = h;
    // Remember the array: if the map grows, we keep walking this one.
    it->B = h->B;
    it->buckets = h->buckets;
    go_uintptr r = h->B > 31 - bucketCntBits ? (go_uintptr)fastrand64() : fastrand();
    it->startBucket = r & bucketMask(h->B);
    it->offset = (uint8_t)(r >> h->B & (bucketCnt - 1));
    it->bucket = it->startBucket;
    h->flags |= iterator | oldIterator;
    mapiternext(it);
}

void mapiternext(hiter *it) {
    hmap *h = it->h;
    if (h == nil) { it->key = it->elem = nil; return; }
    if (h->flags & hashWriting) throw("concurrent map iteration and map write");
    const maptype *t = it->t;
    go_uintptr bucket = it->bucket;
    bmap *b = it->bptr;
    go_uintptr i = it->i;
    go_uintptr checkBucket = it->checkBucket;

next:
    if (b == nil) {
        if (bucket == it->startBucket && it->wrapped) {
            it->key = it->elem = nil;   // done
            return;
        }
        if (growing(h) && it->B == h->B) {
            // The map started growing after we began and this bucket may
            // not be evacuated yet: walk its old bucket, keeping only the
            // entries that belong to the new bucket we stand for.
            go_uintptr oldbucket = bucket & oldbucketmask(h);
            b = bucketAt(t, h->oldbuckets, oldbucket);
            if (!evacuated(b)) {
                checkBucket = bucket;
            } else {
                b = bucketAt(t, it->buckets, bucket);
                checkBucket = noCheck;
            }
        } else {
            b = bucketAt(t, it->buckets, bucket);
            checkBucket = noCheck;
        }
        bucket++;
        if (bucket == bucketShift(it->B)) {
            bucket = 0;
            it->wrapped = true;
        }
        i = 0;
    }
    for (; i < bucketCnt; i++) {
        go_uintptr offi = (i + it->offset) & (bucketCnt - 1);
        uint8_t th = b->tophash[offi];
        if (isEmpty(th) || th == evacuatedEmpty) continue;
        void *k = keyOf(t, keyAt(t, b, offi));
        void *e = elemAt(t, b, offi);
        bool reflexive = (t->flags & mapReflexiveKey) || t->key->equal(k, k);
        if (checkBucket != noCheck && !(h->flags & sameSizeGrow)) {
            // An old bucket splits in two; skip the other half's entries.
            if (reflexive) {
                go_uintptr hash = t->hasher(k, h->hash0);
                if ((hash & bucketMask(it->B)) != checkBucket) continue;
            } else if ((checkBucket >> (it->B - 1)) != (go_uintptr)(th & 1)) {
                // NaN-like keys went where tophash's low bit sent them.
                continue;
            }
        }
        if ((th != evacuatedX && th != evacuatedY) || !reflexive) {
            // Still here (or a key we could never look up again): use it.
            it->key = k;
            it->elem = elemOf(t, e);
        } else {
            // The entry has moved: it may have been updated or deleted since,
            // so look it up in the map as it is now.
            void *rk, *re;
            if (!mapaccessK(t, h, k, &rk, &re)) continue;
            it->key = rk;
            it->elem = re;
        }
        it->bucket = bucket;
        it->bptr = b;
        it->i = (uint8_t)(i + 1);
        it->checkBucket = checkBucket;
        return;
    }
    b = overflowOf(t, b);
    i = 0;
    goto next;
}

// ---- the entry points ----------------------------------------------------------------

void *mapaccess1(const maptype *t, void *h, const void *key) {
    void *e = mapaccess(t, h, key, kGeneric);
    return e ? e : (void *)zeroVal;
}

void *mapaccess1_fat(const maptype *t, void *h, const void *key, const void *zero) {
    void *e = mapaccess(t, h, key, kGeneric);
    return e ? e : (void *)zero;
}

void *mapaccess2(const maptype *t, void *h, const void *key) { return mapaccess(t, h, key, kGeneric); }
void *mapassign(const maptype *t, void *h, const void *key) { return mapassign_impl(t, h, key, kGeneric); }
void mapdelete(const maptype *t, void *h, const void *key) { mapdelete_impl(t, h, key, kGeneric); }

void *mapaccess1_fast32(const maptype *t, void *h, uint64_t key) {
    uint32_t k = (uint32_t)key;
    void *e = mapaccess(t, h, &k, k32);
    return e ? e : (void *)zeroVal;
}
void *mapaccess2_fast32(const maptype *t, void *h, uint64_t key) {
    uint32_t k = (uint32_t)key;
    return mapaccess(t, h, &k, k32);
}
void *mapassign_fast32(const maptype *t, void *h, uint64_t key) {
    uint32_t k = (uint32_t)key;
    return mapassign_impl(t, h, &k, k32);
}
void mapdelete_fast32(const maptype *t, void *h, uint64_t key) {
    uint32_t k = (uint32_t)key;
    mapdelete_impl(t, h, &k, k32);
}

void *mapaccess1_fast64(const maptype *t, void *h, uint64_t key) {
    void *e = mapaccess(t, h, &key, k64);
    return e ? e : (void *)zeroVal;
}
void *mapaccess2_fast64(const maptype *t, void *h, uint64_t key) { return mapaccess(t, h, &key, k64); }
void *mapassign_fast64(const maptype *t, void *h, uint64_t key) { return mapassign_impl(t, h, &key, k64); }
void mapdelete_fast64(const maptype *t, void *h, uint64_t key) { mapdelete_impl(t, h, &key, k64); }

void *mapaccess1_faststr(const maptype *t, void *h, const uint8_t *s, go_int n) {
    GoString k = {s, n};
    void *e = mapaccess(t, h, &k, kStr);
    return e ? e : (void *)zeroVal;
}
void *mapaccess2_faststr(const maptype *t, void *h, const uint8_t *s, go_int n) {
    GoString k = {s, n};
    return mapaccess(t, h, &k, kStr);
}
void *mapassign_faststr(const maptype *t, void *h, const uint8_t *s, go_int n) {
    GoString k = {s, n};
    return mapassign_impl(t, h, &k, kStr);
}
void mapdelete_faststr(const maptype *t, void *h, const uint8_t *s, go_int n) {
    GoString k = {s, n};
    mapdelete_impl(t, h, &k, kStr);
}
