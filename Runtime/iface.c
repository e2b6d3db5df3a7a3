// iface.c: interface values at run time. Go: runtime/iface.go, error.go.
//
// A non-empty interface value is {itab *, data}; an empty one {type *, data}.
// The compiler emits the itabs it can see statically (go.itab.T,I); the ones
// a type assertion needs are built here from the type's method table and
// kept in a hash table, so that each (interface, type) pair is built once.
#include "runtime.h"

// ---- Method lookup --------------------------------------------------------

static bool eqstring(GoString a, GoString b) {
    return a.len == b.len && (a.str == b.str || memcmp(a.str, b.str, (size_t)a.len) == 0);
}

// sametype: descriptors are unique per program for types the compiler
// emits, but the runtime's own (typeAssertionError's method types) are
// separate objects; the type string settles it.
static bool sametype(const _type *a, const _type *b) {
    return a == b || (a != nil && b != nil && a->kind == b->kind && eqstring(a->name, b->name));
}

// methodbyname: t's method `name` whose type is the func type named mtyp
// ("func() string"), or nil.
const method *methodbyname(const _type *t, const char *name, const char *mtyp) {
    if (t == nil || t->uncommon == nil) return nil;
    GoString n = { (const uint8_t *)name, findnull((const uint8_t *)name) };
    GoString m = { (const uint8_t *)mtyp, findnull((const uint8_t *)mtyp) };
    const uncommontype *u = t->uncommon;
    for (go_uintptr i = 0; i < u->mcount; i++) {
        const method *me = &u->methods[i];
        if (eqstring(me->name, n) && eqstring(me->mtyp->name, m)) return me;
    }
    return nil;
}

// ---- itabs -----------------------------------------------------------------

// itabinit fills m->fun from the type's method table: both lists are sorted
// by name, so one merge pass suffices (iface.go's (*itab).init). Returns the
// name of the first missing method, or an empty string.
static GoString itabinit(itab *m) {
    const interfacetype *inter = m->inter;
    const imethod *im = inter->mhdr.array;
    go_int ni = inter->mhdr.len;
    const uncommontype *u = m->type->uncommon;
    go_uintptr nt = u != nil ? u->mcount : 0, j = 0;
    for (go_int k = 0; k < ni; k++) {
        for (; j < nt; j++) {
            const method *tm = &u->methods[j];
            if (eqstring(tm->name, im[k].name) && sametype(tm->mtyp, im[k].typ)) {
                m->fun[k] = tm->ifn;
                goto next;
            }
        }
        m->fun[0] = nil;
        return im[k].name;
    next:;
    }
    return (GoString){ nil, 0 };
}

// itabTable: open addressing keyed by (inter, type), grown at 75% load.
static itab **itabs;
static go_uintptr itabsize, itabcount;

static go_uintptr itabhash(const interfacetype *inter, const _type *t) {
    return ((go_uintptr)inter >> 3) * 31 + ((go_uintptr)t >> 3);
}

static itab **itabslot(itab **tab, go_uintptr size, const interfacetype *inter, const _type *t) {
    for (go_uintptr h = itabhash(inter, t) & (size - 1);; h = (h + 1) & (size - 1)) {
        itab *m = tab[h];
        if (m == nil || (m->inter == inter && m->type == t)) return &tab[h];
    }
}

static void itabadd(itab *m) {
    if (4 * (itabcount + 1) > 3 * itabsize) {
        go_uintptr nsize = itabsize == 0 ? 64 : 2 * itabsize;
        itab **ntab = mallocgc(nsize * sizeof(itab *), nil, true);
        for (go_uintptr i = 0; i < itabsize; i++)
            if (itabs[i] != nil) *itabslot(ntab, nsize, itabs[i]->inter, itabs[i]->type) = itabs[i];
        itabs = ntab;
        itabsize = nsize;
    }
    *itabslot(itabs, itabsize, m->inter, m->type) = m;
    itabcount++;
}

// The error value of a failed conversion (TypeAssertionError), built below.
static GO_NORETURN void panicassert(const _type *iface, const _type *concrete,
                                    const _type *asserted, GoString missing);

// getitab: the itab for (inter, t); on a missing method nil when canfail,
// else a panic. A negative answer is cached too (fun[0] == nil).
static const itab *getitab(const interfacetype *inter, const _type *t, bool canfail) {
    if (itabsize != 0) {
        itab *m = *itabslot(itabs, itabsize, inter, t);
        if (m != nil) {
            if (m->fun[0] != nil) return m;
            if (canfail) return nil;
            panicassert(nil, t, &inter->typ, itabinit(m));
        }
    }
    go_int n = inter->mhdr.len > 0 ? inter->mhdr.len : 1;
    itab *m = mallocgc(sizeof(itab) + (go_uintptr)(n - 1) * sizeof(void *), nil, true);
    m->inter = inter;
    m->type = t;
    m->hash = t->hash;
    GoString missing = itabinit(m);
    itabadd(m);
    if (m->fun[0] != nil) return m;
    if (canfail) return nil;
    panicassert(nil, t, &inter->typ, missing);
}

// ---- Entry points the compiler calls -------------------------------------------

// assertE2I: x.(I) for a non-empty interface I, where t is x's dynamic type.
const itab *assertE2I(const interfacetype *inter, const _type *t) {
    if (t == nil) panicassert(nil, nil, &inter->typ, (GoString){ nil, 0 });
    return getitab(inter, t, false);
}

// assertE2I2: v, ok := x.(I).
const itab *assertE2I2(const interfacetype *inter, const _type *t) {
    if (t == nil) return nil;
    return getitab(inter, t, true);
}

// convI2I: an I value assigned to an I' that I's method set covers.
const itab *convI2I(const interfacetype *inter, const itab *tab) {
    if (tab == nil) return nil;
    if (tab->inter == inter) return tab;
    return getitab(inter, tab->type, false);
}

void panicdottypeE(const _type *have, const _type *want, const _type *iface) {
    panicassert(iface, have, want, (GoString){ nil, 0 });
}

void panicdottypeI(const itab *have, const _type *want, const _type *iface) {
    panicdottypeE(have != nil ? have->type : nil, want, iface);
}

void panicnildottype(const _type *want) {
    panicassert(nil, nil, want, (GoString){ nil, 0 });
}

// ---- Comparison -------------------------------------------------------------

extern const _type errorStringType;

static GO_NORETURN void panicuncomparable(const _type *t) {
    static const char prefix[] = "comparing uncomparable type ";
    go_int n = (go_int)sizeof prefix - 1;
    uint8_t *s = mallocgcnoscan((go_uintptr)(n + t->name.len), false);
    memmove(s, prefix, (size_t)n);
    memmove(s + n, t->name.str, (size_t)t->name.len);
    GoString *v = mallocgc(sizeof(GoString), &errorStringType, true);
    *v = (GoString){ s, n + t->name.len };
    gopanic(&errorStringType, v);
}

// isdirectiface: the data word holds the value itself (pointer-shaped kinds).
static bool isdirectiface(const _type *t) {
    return t->kind == kindPointer || t->kind == kindUnsafePointer || t->kind == kindMap ||
           t->kind == kindChan || t->kind == kindFunc;
}

// equalbykind compares two values of t while the compiler does not yet emit
// t->equal: scalars by kind, strings by content. Slices, maps and funcs
// are not comparable; composite kinds fall back to their bytes.
static bool equalbykind(const _type *t, const void *x, const void *y) {
    switch (t->kind) {
    case kindSlice: case kindMap: case kindFunc:
        panicuncomparable(t);
    case kindFloat32: return *(const float *)x == *(const float *)y;
    case kindFloat64: return *(const double *)x == *(const double *)y;
    case kindComplex64: {
        const float *a = x, *b = y;
        return a[0] == b[0] && a[1] == b[1];
    }
    case kindComplex128: {
        const double *a = x, *b = y;
        return a[0] == b[0] && a[1] == b[1];
    }
    case kindString: {
        const GoString *a = x, *b = y;
        return eqstring(*a, *b);
    }
    case kindInterface: {
        // An interface nested in a composite: {type|itab, data}.
        const void *const *a = x, *const *b = y;
        if (a[0] != b[0]) return false;
        if (a[0] == nil) return true;
        bool empty = ((const interfacetype *)t)->mhdr.len == 0;
        return efaceeq(empty ? a[0] : ((const itab *)a[0])->type, a[1], b[1]);
    }
    }
    return memequal(x, y, t->size);
}

// efaceeq: x and y are the data words of two interfaces whose dynamic type
// is t (already known equal).
bool efaceeq(const _type *t, const void *x, const void *y) {
    if (t == nil) return true;
    if (t->equal == nil) {
        // The compiler gives every comparable type an equal function: a struct or array
        // without one holds a slice, map or func. (The runtime's own C types have none.)
        if (t->kind == kindSlice || t->kind == kindMap || t->kind == kindFunc ||
            t->kind == kindStruct || t->kind == kindArray) panicuncomparable(t);
        if (isdirectiface(t)) return x == y;
        return equalbykind(t, x, y);
    }
    if (isdirectiface(t)) return x == y;
    return t->equal(x, y);
}

bool ifaceeq(const itab *tab, const void *x, const void *y) {
    if (tab == nil) return true;
    return efaceeq(tab->type, x, y);
}

// ---- TypeAssertionError ---------------------------------------------------------

typedef struct TypeAssertionError {
    const _type *iface, *concrete, *asserted;
    GoString missingMethod;
} TypeAssertionError;

typedef struct { uint8_t *p; go_int n, cap; } strbuf;

static void bufadd(strbuf *b, GoString s) {
    if (b->n + s.len > b->cap) {
        go_int ncap = 2 * (b->n + s.len) + 64;
        uint8_t *np = mallocgcnoscan((go_uintptr)ncap, false);
        memmove(np, b->p, (size_t)b->n);
        b->p = np;
        b->cap = ncap;
    }
    memmove(b->p + b->n, s.str, (size_t)s.len);
    b->n += s.len;
}

static void bufcstr(strbuf *b, const char *s) {
    bufadd(b, (GoString){ (const uint8_t *)s, findnull((const uint8_t *)s) });
}

// TypeAssertionError.Error, called through the method table like any
// method (the compiler's calling convention with a nil context).
static GoString typeAssertionErrorError(const TypeAssertionError *e) {
    strbuf b = { nil, 0, 0 };
    bufcstr(&b, "interface conversion: ");
    if (e->concrete == nil) {
        if (e->iface != nil) bufadd(&b, e->iface->name); else bufcstr(&b, "interface");
        bufcstr(&b, " is nil, not ");
        bufadd(&b, e->asserted->name);
    } else if (e->missingMethod.len == 0) {
        if (e->iface != nil) bufadd(&b, e->iface->name); else bufcstr(&b, "interface");
        bufcstr(&b, " is ");
        bufadd(&b, e->concrete->name);
        bufcstr(&b, ", not ");
        bufadd(&b, e->asserted->name);
        if (eqstring(e->concrete->name, e->asserted->name)) bufcstr(&b, " (types from different scopes)");
    } else {
        bufadd(&b, e->concrete->name);
        bufcstr(&b, " is not ");
        bufadd(&b, e->asserted->name);
        bufcstr(&b, ": missing method ");
        bufadd(&b, e->missingMethod);
    }
    return (GoString){ b.p, b.n };
}

#define STR(lit) { (const uint8_t *)(lit), sizeof(lit) - 1 }

// The func types of Error() string and RuntimeError(), for the runtime's
// own method tables (here and in panic.c).
const _type funcStringType = {
    .size = sizeof(void *), .align = 8, .fieldAlign = 8, .kind = kindFunc,
    .name = STR("func() string"),
};

const _type funcType = {
    .size = sizeof(void *), .align = 8, .fieldAlign = 8, .kind = kindFunc,
    .name = STR("func()"),
};

// RuntimeError(): the marker method of runtime.Error.
static void typeAssertionErrorRuntimeError(const void *e) { (void)e; }

static const method typeAssertionErrorMethods[] = {
    { STR("Error"), &funcStringType, (void *)typeAssertionErrorError },
    { STR("RuntimeError"), &funcType, (void *)typeAssertionErrorRuntimeError },
};
static const uncommontype typeAssertionErrorUncommon = { STR("runtime"), 2, typeAssertionErrorMethods };

// *runtime.TypeAssertionError: the dynamic type of the panic value.
static const _type typeAssertionErrorPtrType = {
    .size = sizeof(void *), .ptrdata = sizeof(void *), .align = 8, .fieldAlign = 8,
    .kind = kindPointer, .name = STR("*runtime.TypeAssertionError"),
    .uncommon = &typeAssertionErrorUncommon,
};

static GO_NORETURN void panicassert(const _type *iface, const _type *concrete,
                                    const _type *asserted, GoString missing) {
    TypeAssertionError *e = mallocgc(sizeof *e, nil, true);
    *e = (TypeAssertionError){ iface, concrete, asserted, missing };
    gopanic(&typeAssertionErrorPtrType, e);
}
