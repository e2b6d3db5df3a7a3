// swiftgo_abi.h: the contract between code compiled by swiftgo and its runtime.
//
// Everything the compiler relies on is here: value layouts, the fixed parts
// of g, type descriptors, the init task, and every runtime entry point that
// compiled code calls. The compiler's declarations are checked against this
// file by a test (Tests/SwiftGoTests/ABITests.swift), so it is the single
// source of truth. Symbols keep Go's spelling through asm labels.
//
// Calling convention between compiled Go and the runtime: the platform C ABI.
// Strings and slices are passed to runtime entry points as separate scalar
// arguments (ptr, len[, cap]); a string result is returned as GoString
// (two registers on both x86-64 and arm64).
#ifndef SWIFTGO_ABI_H
#define SWIFTGO_ABI_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

#define GO_SYM(name) __asm__(name)
#define GO_NORETURN __attribute__((noreturn))

typedef intptr_t  go_int;
typedef uintptr_t go_uintptr;

// ---- Values ---------------------------------------------------------------

typedef struct { const uint8_t *str; go_int len; } GoString;
typedef struct { void *array; go_int len; go_int cap; } GoSlice;

// ---- Type descriptors (the parts of Go's runtime._type we keep) ------------

// Kinds, numbered as reflect.Kind.
enum {
    kindBool = 1, kindInt, kindInt8, kindInt16, kindInt32, kindInt64,
    kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr,
    kindFloat32, kindFloat64, kindComplex64, kindComplex128,
    kindArray, kindChan, kindFunc, kindInterface, kindMap, kindPointer,
    kindSlice, kindString, kindStruct, kindUnsafePointer,
};

// tflag bits.
enum {
    tflagNamed = 1 << 2,   // the type has a name (main.T, int, ...)
};

typedef struct _type {
    go_uintptr size;
    go_uintptr ptrdata;       // bytes of prefix that can hold pointers
    uint32_t   hash;
    uint8_t    tflag;
    uint8_t    align;
    uint8_t    fieldAlign;
    uint8_t    kind;
    // equal(a, b) for comparable types, else NULL.
    bool     (*equal)(const void *, const void *);
    // hasher(p, seed) for comparable types, else NULL. Go keeps only equal in
    // _type and walks the type for interface keys (typehash); like gccgo we
    // keep the hash function too, so interhash is one indirect call.
    go_uintptr (*hasher)(const void *, go_uintptr);
    const uint8_t *gcdata;    // pointer bitmap, one bit per word of ptrdata
    GoString   name;          // as %T prints it: "int", "main.T", "[]string"
    const struct _type *elem; // pointer, slice, array, chan, map value: element type
    const struct uncommontype *uncommon;   // method table (iface.c); NULL: no methods
    const struct _type *ptrToThis;   // *T for named non-pointer types, else NULL (reflect.PointerTo)
} _type;

// ---- Methods and interfaces (iface.c; Go: runtime/type.go, runtime2.go) ------

// One method of a type's method set. ifn is what an itab holds: it takes the
// interface data word as its receiver (a value receiver is reached through a
// wrapper that loads the value the data word points to) after the nil
// closure context: GoFunc(ctx, void *recv, params...).
typedef struct method {
    GoString name;
    const struct _type *mtyp;   // the method's func type, without receiver
    void *ifn;
} method;

// The method set of a named type T or of *T, sorted by name. Go finds it
// behind the type-specific data (tflagUncommon); here _type points to it.
typedef struct uncommontype {
    GoString pkgpath;
    go_uintptr mcount;
    const method *methods;
} uncommontype;

typedef struct imethod {
    GoString name;
    const struct _type *typ;    // func type, without receiver
} imethod;

// An interface type's descriptor: _type, then its methods sorted by name
// (Go's interfacetype; the compiler emits this shape for kindInterface).
typedef struct interfacetype {
    _type typ;
    GoString pkgpath;
    GoSlice mhdr;               // []imethod
} interfacetype;

// ---- Reflection records (TypeDescriptorsReflect.swift; read by Runtime/go/reflect)
// Kind-specific data that follows _type for these kinds (Go embeds _type
// in arraytype, chantype, ... the same way). A map's _type.elem is its value
// type. Struct fields in declaration order; a field's embedded is 0 or 1.
typedef struct arraytype { _type typ; go_uintptr len; } arraytype;
typedef struct chantype { _type typ; go_uintptr dir; } chantype;   // reflect.ChanDir
typedef struct maptypeinfo { _type typ; const _type *key; const struct maptype *mt; } maptypeinfo;
typedef struct functype { _type typ; GoSlice in, out; go_uintptr variadic; } functype;   // []*_type
typedef struct structfield {
    GoString name;
    const _type *typ;
    go_uintptr offset;
    GoString tag;
    go_uintptr embedded;
} structfield;
typedef struct structtype { _type typ; GoString pkgpath; GoSlice fields; } structtype;   // []structfield

// A non-empty interface value is {itab *, data}. fun[i] implements
// inter's i-th method; fun[0] == NULL records that type does not implement
// inter (a cached negative answer, as in Go).
typedef struct itab {
    const interfacetype *inter;
    const struct _type *type;
    uint32_t hash;              // copy of type->hash, for type switches
    uint8_t  _pad[4];
    void    *fun[1];            // variable sized
} itab;

// ---- Goroutine descriptor: the fields compiled code touches ---------------

// g lives at a fixed offset from the thread pointer on both architectures:
// x86-64 `movq %fs:8, %reg`; arm64 `mrs x, tpidr_el0; ldr x, [x, #8]`.
#define GO_TLS_G_OFFSET 8

// Offsets into struct g (runtime2.h) that compiled code uses.
#define GO_G_STACK_LO      0
#define GO_G_STACK_HI      8
#define GO_G_STACKGUARD0   16
#define GO_G_MOREFN        248   // the stack check's slow path (StackCheck.swift)

// stackguard0's value while the runtime asks the goroutine to stop (Go's
// stackPreempt): above every sp, so the next prologue check fails, and
// what the poll on every loop back edge (PreemptPoll.swift) compares with.
#define GO_STACK_PREEMPT   0xfffffffffffffadeULL

// The poll's slow path (preempt.c): yield if the runtime asked this
// goroutine to stop.
void preemptPoll(void) GO_SYM("runtime.preemptPoll");

// The slow path of the stack check every Go function starts with
// (StackCheck.swift, stack.c): run fn(rec) on a new stack segment with at
// least need bytes above its guard, then switch back. fn is a
// void (*)(void *rec).
void morestack_call(void *fn, void *rec, go_uintptr need) GO_SYM("runtime.morestack_call");

// ---- defer, panic and recover (panic.c) -------------------------------------

// A function that defers reserves GO_CHECKPOINT_WORDS words for its
// checkpoint and calls runtime.setcheckpoint once at entry (a returns-twice
// call, like setjmp): 0 at first, 1 when a deferred call recovered a panic,
// after which the function runs its remaining deferred calls
// (runtime.deferreturn) and returns normally.
#define GO_CHECKPOINT_WORDS 24

typedef struct { const struct _type *type; void *data; } GoEface;

// ---- Package initialization ----------------------------------------------

// One per package, emitted as the symbol `<pkgpath>..inittask` (Go's name).
// Go 1.19's layout plus the package path, which inittrace prints:
//   { state, ndeps, nfns, pkgpath, deps[ndeps], fns[nfns] }
typedef struct initTask {
    go_uintptr state;   // 0 = not started, 1 = in progress, 2 = done
    go_uintptr ndeps;
    go_uintptr nfns;
    GoString   pkgpath;
    // followed by: struct initTask *deps[ndeps]; void (*fns[nfns])(void);
} initTask;

// ---- Symbols the compiler emits and the runtime calls ---------------------

extern initTask main_inittask GO_SYM("main..inittask");
void main_main(void) GO_SYM("main.main");

// ---- Entry points compiled code calls ---------------------------------------

// Builtin print/println (print.c): gc's formats, to stderr, under printlock.
void printlock(void) GO_SYM("runtime.printlock");
void printunlock(void) GO_SYM("runtime.printunlock");
void printstring(const uint8_t *s, go_int n) GO_SYM("runtime.printstring");
void printint(int64_t v) GO_SYM("runtime.printint");
void printuint(uint64_t v) GO_SYM("runtime.printuint");
void printhex(uint64_t v) GO_SYM("runtime.printhex");
void printfloat(double v) GO_SYM("runtime.printfloat");
void printcomplex(double re, double im) GO_SYM("runtime.printcomplex");
void printbool(bool v) GO_SYM("runtime.printbool");
void printpointer(const void *p) GO_SYM("runtime.printpointer");
void printslice(const void *array, go_int len, go_int cap) GO_SYM("runtime.printslice");
void printeface(const _type *t, const void *data) GO_SYM("runtime.printeface");
void printsp(void) GO_SYM("runtime.printsp");
void printnl(void) GO_SYM("runtime.printnl");

// Strings (string.c).
GoString concatstring2(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen)
    GO_SYM("runtime.concatstring2");
go_int cmpstring(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen)
    GO_SYM("runtime.cmpstring");
bool memequal(const void *a, const void *b, go_uintptr size) GO_SYM("runtime.memequal");

// Allocation (malloc.c). Memory is zeroed when needzero is true.
// The collector scans the object with typ's pointer bitmap (gcdata); an
// allocation of n * typ->size bytes is an array of n typ values. typ NULL
// means "unknown layout": every word is scanned conservatively, which is
// always safe. Memory that can never hold pointers (string bytes, arrays
// of scalars without a descriptor) comes from mallocgcnoscan instead: it is
// never scanned, and small blocks share the tiny allocator.
void *mallocgc(go_uintptr size, const _type *typ, bool needzero) GO_SYM("runtime.mallocgc");
void *mallocgcnoscan(go_uintptr size, bool needzero) GO_SYM("runtime.mallocgcnoscan");
void *newobject(const _type *typ) GO_SYM("runtime.newobject");

// The collector's API for package runtime (mgc.c, mstats.c): runtime.GC()
// and runtime.ReadMemStats. MemStats has Go 1.19's layout, field for field.
typedef struct MemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
    uint64_t BuckHashSys, GCSys, OtherSys;
    uint64_t NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256];
    uint64_t PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double   GCCPUFraction;
    bool     EnableGC, DebugGC;
    struct { uint32_t Size; uint64_t Mallocs, Frees; } BySize[61];
} MemStats;
void GC(void) GO_SYM("runtime.GC");
void readmemstats(MemStats *m) GO_SYM("runtime.readmemstats");

// defer/panic/recover (panic.c). fn is a closure record (first word: code).
go_int setcheckpoint(void *buf) GO_SYM("runtime.setcheckpoint");
void deferproc(void *frame, const void *fn) GO_SYM("runtime.deferproc");
void deferreturn(void *frame) GO_SYM("runtime.deferreturn");
// Called first by each defer thunk with its own frame address and record.
void setdeferframe(void *fp, const void *fn) GO_SYM("runtime.setdeferframe");
// recover(): parentfp is the caller's caller frame (llvm.frameaddress(1)).
GoEface gorecover(void *parentfp) GO_SYM("runtime.gorecover");

// time.now's results through pointers (time.c); the compiler's body for
// time.now returns them as Go's three results.
void timeNow(int64_t *sec, int32_t *nsec, int64_t *mono) GO_SYM("runtime.timeNow");

// A Go function without a body that nothing implements yet: fatal error.
GO_NORETURN void unimplemented(const uint8_t *name, go_int n) GO_SYM("runtime.unimplemented");

// Panics (panic.c). gopanic takes an interface value (type, data).
GO_NORETURN void gopanic(const _type *t, void *data) GO_SYM("runtime.gopanic");
GO_NORETURN void panicIndex(go_int x, go_int y) GO_SYM("runtime.panicIndex");
GO_NORETURN void panicdivide(void) GO_SYM("runtime.panicdivide");
GO_NORETURN void panicshift(void) GO_SYM("runtime.panicshift");
GO_NORETURN void panicmem(void) GO_SYM("runtime.panicmem");
// panicwrap(name): a (*T).M wrapper of a value method called with a nil
// *T; name is the wrapper's symbol, "pkg.(*T).M".
GO_NORETURN void panicwrap(const uint8_t *name, go_int n) GO_SYM("runtime.panicwrap");
// s[x:y] with y > len (Alen) or y > cap (Acap), and s[x:y] with x > y (B).
GO_NORETURN void panicSliceAlen(go_int x, go_int y) GO_SYM("runtime.panicSliceAlen");
GO_NORETURN void panicSliceAcap(go_int x, go_int y) GO_SYM("runtime.panicSliceAcap");
GO_NORETURN void panicSliceB(go_int x, go_int y) GO_SYM("runtime.panicSliceB");

// Interfaces (iface.c). assertE2I panics as gc does when t is nil or does not
// implement inter; assertE2I2 returns NULL instead. convI2I: I -> I' where
// the static types guarantee success (a nil tab gives nil).
const itab *assertE2I(const interfacetype *inter, const _type *t) GO_SYM("runtime.assertE2I");
const itab *assertE2I2(const interfacetype *inter, const _type *t) GO_SYM("runtime.assertE2I2");
const itab *convI2I(const interfacetype *inter, const itab *tab) GO_SYM("runtime.convI2I");
// x.(T) failed: have is the dynamic type (itab for a non-empty interface),
// want the asserted type, iface the static type of x.
GO_NORETURN void panicdottypeE(const _type *have, const _type *want, const _type *iface)
    GO_SYM("runtime.panicdottypeE");
GO_NORETURN void panicdottypeI(const itab *have, const _type *want, const _type *iface)
    GO_SYM("runtime.panicdottypeI");
GO_NORETURN void panicnildottype(const _type *want) GO_SYM("runtime.panicnildottype");
// Interface comparison once the type words are known equal.
bool efaceeq(const _type *t, const void *x, const void *y) GO_SYM("runtime.efaceeq");
bool ifaceeq(const itab *tab, const void *x, const void *y) GO_SYM("runtime.ifaceeq");
// s[x:y:z] with z > len (array) or z > cap (slice), y > z (B), x > y (C).
GO_NORETURN void panicSlice3Alen(go_int x, go_int y) GO_SYM("runtime.panicSlice3Alen");
GO_NORETURN void panicSlice3Acap(go_int x, go_int y) GO_SYM("runtime.panicSlice3Acap");
GO_NORETURN void panicSlice3B(go_int x, go_int y) GO_SYM("runtime.panicSlice3B");
GO_NORETURN void panicSlice3C(go_int x, go_int y) GO_SYM("runtime.panicSlice3C");
GO_NORETURN void panicmakeslicelen(void) GO_SYM("runtime.panicmakeslicelen");
// (*[y]T)(s) with len(s) x < y.
GO_NORETURN void panicSliceConvert(go_int x, go_int y) GO_SYM("runtime.panicSliceConvert");
GO_NORETURN void panicmakeslicecap(void) GO_SYM("runtime.panicmakeslicecap");
GO_NORETURN void panicunsafeslicelen(void) GO_SYM("runtime.panicunsafeslicelen");
GO_NORETURN void panicunsafeslicenilptr(void) GO_SYM("runtime.panicunsafeslicenilptr");

// Slices (slice.c). A GoSlice result is returned as C returns a 24-byte
// struct: through a hidden pointer (sret; x86-64 %rdi, arm64 x8).
// makeslice allocates the zeroed backing array of make([]T, len, cap).
void *makeslice(const _type *et, go_int len, go_int cap) GO_SYM("runtime.makeslice");
// growslice: a new backing array for append, with room for at least
// newlen elements (Go 1.19's growth rule, rounded up to a size class);
// the old elements are copied and the result's len is oldlen.
GoSlice growslice(const _type *et, void *oldarray, go_int oldlen, go_int oldcap, go_int newlen)
    GO_SYM("runtime.growslice");

// Complex division (complex.c): n / m stored to out[0] (real), out[1] (imag).
void complex128div(double *out, double nre, double nim, double mre, double mim) GO_SYM("runtime.complex128div");

// String conversions (string.c).
GoString slicebytetostring(const uint8_t *p, go_int n) GO_SYM("runtime.slicebytetostring");
GoSlice stringtoslicebyte(const uint8_t *s, go_int n) GO_SYM("runtime.stringtoslicebyte");
GoSlice stringtoslicerune(const uint8_t *s, go_int n) GO_SYM("runtime.stringtoslicerune");
GoString slicerunetostring(const int32_t *p, go_int n) GO_SYM("runtime.slicerunetostring");
GoString intstring(int64_t v) GO_SYM("runtime.intstring");
// decoderune decodes the non-ASCII rune starting at s[k] (for range over
// a string); returns the index after it and stores the rune in *r
// (U+FFFD with width 1 for an invalid encoding).
go_int decoderune(const uint8_t *s, go_int n, go_int k, int32_t *r) GO_SYM("runtime.decoderune");
// concatstrings: the concatenation of n strings (a + b + c ...).
GoString concatstrings(const GoString *a, go_int n) GO_SYM("runtime.concatstrings");

// ---- Hash and equality (alg.c) ----------------------------------------------
// The functions _type.hash and _type.equal point at for the predeclared
// kinds; arrays and structs get compiler-generated `type..hash.T` and
// `type..eq.T` built from these (Go's AMEM/ASTRING/... algorithm classes).
go_uintptr memhash(const void *p, go_uintptr seed, go_uintptr size) GO_SYM("runtime.memhash");
go_uintptr memhash0(const void *p, go_uintptr seed) GO_SYM("runtime.memhash0");
go_uintptr memhash8(const void *p, go_uintptr seed) GO_SYM("runtime.memhash8");
go_uintptr memhash16(const void *p, go_uintptr seed) GO_SYM("runtime.memhash16");
go_uintptr memhash32(const void *p, go_uintptr seed) GO_SYM("runtime.memhash32");
go_uintptr memhash64(const void *p, go_uintptr seed) GO_SYM("runtime.memhash64");
go_uintptr strhash(const void *p, go_uintptr seed) GO_SYM("runtime.strhash");
go_uintptr f32hash(const void *p, go_uintptr seed) GO_SYM("runtime.f32hash");
go_uintptr f64hash(const void *p, go_uintptr seed) GO_SYM("runtime.f64hash");
go_uintptr c64hash(const void *p, go_uintptr seed) GO_SYM("runtime.c64hash");
go_uintptr c128hash(const void *p, go_uintptr seed) GO_SYM("runtime.c128hash");
// Interfaces hash through the dynamic type's hash (panics when it has none).
go_uintptr interhash(const void *p, go_uintptr seed) GO_SYM("runtime.interhash");
go_uintptr nilinterhash(const void *p, go_uintptr seed) GO_SYM("runtime.nilinterhash");
bool memequal0(const void *p, const void *q) GO_SYM("runtime.memequal0");
bool memequal8(const void *p, const void *q) GO_SYM("runtime.memequal8");
bool memequal16(const void *p, const void *q) GO_SYM("runtime.memequal16");
bool memequal32(const void *p, const void *q) GO_SYM("runtime.memequal32");
bool memequal64(const void *p, const void *q) GO_SYM("runtime.memequal64");
bool strequal(const void *p, const void *q) GO_SYM("runtime.strequal");
bool f32equal(const void *p, const void *q) GO_SYM("runtime.f32equal");
bool f64equal(const void *p, const void *q) GO_SYM("runtime.f64equal");
bool c64equal(const void *p, const void *q) GO_SYM("runtime.c64equal");
bool c128equal(const void *p, const void *q) GO_SYM("runtime.c128equal");
// Interface equality: same dynamic type and equal values; panics with
// "comparing uncomparable type T" when the type has no equal.
bool interequal(const void *p, const void *q) GO_SYM("runtime.interequal");
bool nilinterequal(const void *p, const void *q) GO_SYM("runtime.nilinterequal");

// ---- Maps (map.c) -------------------------------------------------------------
// A map value is a *hmap (private to map.c) whose first word is the count,
// so len(m) is an inline load (0 for a nil map).
//
// maptype: what the map functions need to know about map[K]V, emitted by
// the compiler next to the map's _type (Go embeds the _type instead).
typedef struct maptype {
    const _type *typ;        // the map type itself
    const _type *key;
    const _type *elem;
    go_uintptr (*hasher)(const void *, go_uintptr);   // key->hash
    uint8_t  keysize;        // size of a key slot (a pointer if indirect)
    uint8_t  elemsize;       // size of an elem slot (a pointer if indirect)
    uint16_t bucketsize;     // 8 tophash bytes, 8 keys, 8 elems, overflow pointer
    uint32_t flags;
} maptype;

// maptype.flags, as Go's.
enum {
    mapIndirectKey = 1,      // keys over 128 bytes are stored as pointers
    mapIndirectElem = 2,     // likewise elems
    mapReflexiveKey = 4,     // k == k for every key (no floats or interfaces)
    mapNeedKeyUpdate = 8,    // overwrite the key on assign (+0/-0, strings)
    mapHashMightPanic = 16,  // the key hash can panic (interface keys)
};

// The iterator of `for k, v := range m`, in the caller's frame. key and elem
// point at the current entry; key is nil when the iteration is over.
typedef struct hiter {
    void *key;
    void *elem;
    const maptype *t;
    struct hmap *h;
    void *buckets;           // the bucket array when the iteration started
    void *bptr;              // the current bucket
    go_uintptr startBucket;  // random first bucket
    go_uintptr bucket;       // the next bucket to visit
    go_uintptr checkBucket;  // during growth: which new bucket we stand for
    uint8_t offset;          // random first slot within each bucket
    bool wrapped;
    uint8_t B;
    uint8_t i;
} hiter;
#define GO_HITER_SIZE 80

void *makemap_small(void) GO_SYM("runtime.makemap_small");
void *makemap(const maptype *t, go_int hint) GO_SYM("runtime.makemap");
// m[k]: a pointer to the elem, or to zeroes when k is absent (elems up to
// 1024 bytes; bigger ones use mapaccess1_fat with the compiler's zero value).
void *mapaccess1(const maptype *t, void *h, const void *key) GO_SYM("runtime.mapaccess1");
void *mapaccess1_fat(const maptype *t, void *h, const void *key, const void *zero)
    GO_SYM("runtime.mapaccess1_fat");
// v, ok := m[k]. Go returns (elem pointer, ok); here nil means !ok, so the
// result fits one register in the C ABI.
void *mapaccess2(const maptype *t, void *h, const void *key) GO_SYM("runtime.mapaccess2");
// m[k] = v: the elem slot to store into (inserted if absent; panics on nil).
void *mapassign(const maptype *t, void *h, const void *key) GO_SYM("runtime.mapassign");
void mapdelete(const maptype *t, void *h, const void *key) GO_SYM("runtime.mapdelete");
// Fast paths for 4- and 8-byte memory keys and string keys, passed by value.
void *mapaccess1_fast32(const maptype *t, void *h, uint64_t key) GO_SYM("runtime.mapaccess1_fast32");
void *mapaccess2_fast32(const maptype *t, void *h, uint64_t key) GO_SYM("runtime.mapaccess2_fast32");
void *mapassign_fast32(const maptype *t, void *h, uint64_t key) GO_SYM("runtime.mapassign_fast32");
void mapdelete_fast32(const maptype *t, void *h, uint64_t key) GO_SYM("runtime.mapdelete_fast32");
void *mapaccess1_fast64(const maptype *t, void *h, uint64_t key) GO_SYM("runtime.mapaccess1_fast64");
void *mapaccess2_fast64(const maptype *t, void *h, uint64_t key) GO_SYM("runtime.mapaccess2_fast64");
void *mapassign_fast64(const maptype *t, void *h, uint64_t key) GO_SYM("runtime.mapassign_fast64");
void mapdelete_fast64(const maptype *t, void *h, uint64_t key) GO_SYM("runtime.mapdelete_fast64");
void *mapaccess1_faststr(const maptype *t, void *h, const uint8_t *s, go_int n)
    GO_SYM("runtime.mapaccess1_faststr");
void *mapaccess2_faststr(const maptype *t, void *h, const uint8_t *s, go_int n)
    GO_SYM("runtime.mapaccess2_faststr");
void *mapassign_faststr(const maptype *t, void *h, const uint8_t *s, go_int n)
    GO_SYM("runtime.mapassign_faststr");
void mapdelete_faststr(const maptype *t, void *h, const uint8_t *s, go_int n)
    GO_SYM("runtime.mapdelete_faststr");
void mapiterinit(const maptype *t, void *h, hiter *it) GO_SYM("runtime.mapiterinit");
void mapiternext(hiter *it) GO_SYM("runtime.mapiternext");

// ---- Goroutines (proc.c) --------------------------------------------------------
// go f(args): fn is a closure record {thunk, f, args...}; the new goroutine
// starts in the thunk with fn as its closure context (nest register).
struct funcval;
void newproc(const struct funcval *fn) GO_SYM("runtime.newproc");
void Gosched(void) GO_SYM("runtime.Gosched");

// ---- Channels (chan.c) and select (select.c) ------------------------------------
// A chan value is a *hchan (chan.h) whose first two words are qcount and
// dataqsiz: len(c) and cap(c) are inline loads (0 for a nil channel).
// Elements travel by address: elem points at the value to send or at the
// place to receive into (nil: the received value is dropped).
struct hchan;
// make(chan T, size): t is the channel type's descriptor (t->elem is T).
struct hchan *makechan(const _type *t, go_int size) GO_SYM("runtime.makechan");
void chansend1(struct hchan *c, const void *elem) GO_SYM("runtime.chansend1");
void chanrecv1(struct hchan *c, void *elem) GO_SYM("runtime.chanrecv1");
bool chanrecv2(struct hchan *c, void *elem) GO_SYM("runtime.chanrecv2");
void closechan(struct hchan *c) GO_SYM("runtime.closechan");
// A select with one case and a default. Go's selectnbrecv returns
// (selected, received); here received is stored through a pointer.
bool selectnbsend(struct hchan *c, const void *elem) GO_SYM("runtime.selectnbsend");
bool selectnbrecv(void *elem, struct hchan *c, bool *received) GO_SYM("runtime.selectnbrecv");
// One case of a general select: the channel (nil: never ready) and elem.
typedef struct scase { struct hchan *c; void *elem; } scase;
// cas0: the sends, then the receives; order0: room for 2*(nsends+nrecvs)
// uint16s. Returns the chosen case's index, or -1 (only when !block: the
// default); *recvOK tells a received value from a closed channel's zero.
go_int selectgo(scase *cas0, uint16_t *order0, go_int nsends, go_int nrecvs, bool block, bool *recvOK)
    GO_SYM("runtime.selectgo");
// select {}: blocks forever.
GO_NORETURN void block(void) GO_SYM("runtime.block");

#endif
