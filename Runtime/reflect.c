// reflect.c: the runtime side of package reflect's overlay
// (Runtime/go/reflect): allocation, copying, map access and iteration,
// channel lengths, interface tables, under reflect's Go names.
#include "runtime.h"
#include "chan.h"

void *reflect_unsafe_New(const _type *t) GO_SYM("reflect.unsafe_New");
void *reflect_unsafe_New(const _type *t) { return mallocgc(t->size, t, true); }

void *reflect_unsafe_NewArray(const _type *t, go_int n) GO_SYM("reflect.unsafe_NewArray");
void *reflect_unsafe_NewArray(const _type *t, go_int n) {
    if (n == 0 || t->size == 0) return mallocgc(0, t, true);
    return mallocgc(t->size * (go_uintptr)n, t, true);
}

void reflect_typedmemmove(const _type *t, void *dst, const void *src) GO_SYM("reflect.typedmemmove");
void reflect_typedmemmove(const _type *t, void *dst, const void *src) {
    if (dst != src && t->size > 0) memmove(dst, src, t->size);
}

void *reflect_mapaccess(const maptype *t, void *h, const void *key) GO_SYM("reflect.mapaccess");
void *reflect_mapaccess(const maptype *t, void *h, const void *key) { return mapaccess2(t, h, key); }

void reflect_mapiterinit(const maptype *t, void *h, hiter *it) GO_SYM("reflect.mapiterinit");
void reflect_mapiterinit(const maptype *t, void *h, hiter *it) { mapiterinit(t, h, it); }

void reflect_mapiternext(hiter *it) GO_SYM("reflect.mapiternext");
void reflect_mapiternext(hiter *it) { mapiternext(it); }

go_int reflect_chanlen(const hchan *c) GO_SYM("reflect.chanlen");
go_int reflect_chanlen(const hchan *c) { return c == nil ? 0 : (go_int)c->qcount; }

go_int reflect_chancap(const hchan *c) GO_SYM("reflect.chancap");
go_int reflect_chancap(const hchan *c) { return c == nil ? 0 : (go_int)c->dataqsiz; }

const itab *reflect_ifaceE2I(const interfacetype *inter, const _type *t) GO_SYM("reflect.ifaceE2I");
const itab *reflect_ifaceE2I(const interfacetype *inter, const _type *t) { return assertE2I(inter, t); }

// internal/reflectlite's overlay is a copy of reflect's and needs the same hooks.
#define LITE(ret, name, params, args) \
    ret reflectlite_##name params GO_SYM("internal/reflectlite." #name); \
    ret reflectlite_##name params { return reflect_##name args; }
LITE(void *, unsafe_New, (const _type *t), (t))
LITE(void *, unsafe_NewArray, (const _type *t, go_int n), (t, n))
LITE(void, typedmemmove, (const _type *t, void *dst, const void *src), (t, dst, src))
LITE(void *, mapaccess, (const maptype *t, void *h, const void *key), (t, h, key))
LITE(void, mapiterinit, (const maptype *t, void *h, hiter *it), (t, h, it))
LITE(void, mapiternext, (hiter *it), (it))
LITE(go_int, chanlen, (const hchan *c), (c))
LITE(go_int, chancap, (const hchan *c), (c))
LITE(const itab *, ifaceE2I, (const interfacetype *inter, const _type *t), (inter, t))

// ---- Only package reflect (Runtime/go/reflect/more.go) ----------------------

void *reflect_makemap(const maptype *t, go_int hint) GO_SYM("reflect.makemap");
void *reflect_makemap(const maptype *t, go_int hint) { return makemap(t, hint); }

void *reflect_mapassign(const maptype *t, void *h, const void *key) GO_SYM("reflect.mapassign");
void *reflect_mapassign(const maptype *t, void *h, const void *key) { return mapassign(t, h, key); }

void reflect_mapdelete(const maptype *t, void *h, const void *key) GO_SYM("reflect.mapdelete");
void reflect_mapdelete(const maptype *t, void *h, const void *key) { mapdelete(t, h, key); }

// No write barrier to honour: the collector does not mark concurrently yet.
void reflect_memmove(void *dst, const void *src, go_uintptr n) GO_SYM("reflect.memmove");
void reflect_memmove(void *dst, const void *src, go_uintptr n) { memmove(dst, src, n); }
