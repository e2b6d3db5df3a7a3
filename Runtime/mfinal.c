// mfinal.c: finalizers. Go: runtime/mfinal.go, mheap.go (specials),
// mgcmark.go (markrootSpans), mgcsweep.go (the specials part of sweep).
//
// runtime.SetFinalizer(obj, fn) attaches a finalizer record (a "special")
// to obj's span, after gc's checks and with gc's fatal messages. A cycle:
//   - mark: the record is a root for everything obj references and for fn,
//     but not for obj itself (markrootSpans);
//   - sweep: if obj was not marked, it is marked after all (so it and what it
//     references live one more cycle), the record is removed and the
//     finalizer queued on finq (sweepSpecials, queuefinalizer);
//   - the finalizer goroutine (runfinq, created by the first SetFinalizer,
//     like gc's createfing) is readied by the scheduler when finq has work
//     (wakefing, from findrunnable) and calls each finalizer once with obj
//     converted to the finalizer's parameter type: the pointer itself, or an
//     interface (any, or one the pointer's type implements). Results are
//     dropped. Once it returns, obj is an ordinary unreachable object (unless
//     the finalizer stored it somewhere) and the next cycle frees it.
// The finalizer goroutine is a system goroutine while it waits: left out of
// NumGoroutine and tracebacks (isSystemGoroutine), as in gc.
#include "malloc.h"

// ---- the finalizer queue -------------------------------------------------------------

typedef struct finalizer {
    const funcval *fn;
    void          *arg;      // the pointer SetFinalizer was given
    go_uintptr     nret;
    const _type   *fint;
    const _type   *ot;
} finalizer;

#define _FinBlockSize (4 << 10)
typedef struct finblock {
    struct finblock *alllink;   // every block ever made
    struct finblock *next;      // on finq or finc
    uint32_t cnt;
    int32_t  _pad;
    finalizer fin[(_FinBlockSize - 3 * sizeof(void *)) / sizeof(finalizer)];
} finblock;

static mutex finlock;          // protects the following
static g *fing;                // the finalizer goroutine
static finblock *finq;         // finalizers to run
static finblock *finc;         // free blocks
static finblock *allfin;       // every block (roots while they hold work)
static bool fingwait, fingwake;
static bool fingRunning;       // fing is running a finalizer: a user goroutine then
static uint32_t fingCreate;

static void queuefinalizer(void *p, const funcval *fn, go_uintptr nret, const _type *fint, const _type *ot) {
    lock(&finlock);
    if (finq == nil || finq->cnt == sizeof finq->fin / sizeof finq->fin[0]) {
        if (finc == nil) {
            finc = persistentalloc(sizeof(finblock), 0, &mheap_.otherSys);
            memset(finc, 0, sizeof *finc);
            finc->alllink = allfin;
            allfin = finc;
        }
        finblock *block = finc;
        finc = block->next;
        block->next = finq;
        finq = block;
    }
    finalizer *f = &finq->fin[finq->cnt];
    f->fn = fn;
    f->arg = p;
    f->nret = nret;
    f->fint = fint;
    f->ot = ot;
    __atomic_fetch_add(&finq->cnt, 1, __ATOMIC_RELEASE);   // markrootFinq reads cnt
    fingwake = true;
    unlock(&finlock);
}

// markrootFinq: the queued (and running) finalizers keep their objects and
// funcs alive. Blocks are scanned whole: cleared slots hold nil.
void markrootFinq(void (*scanblock)(go_uintptr b, go_uintptr n)) {
    for (finblock *fb = allfin; fb != nil; fb = fb->alllink)
        scanblock((go_uintptr)fb->fin, __atomic_load_n(&fb->cnt, __ATOMIC_ACQUIRE) * sizeof(finalizer));
}

// ---- the finalizer goroutine -------------------------------------------------------------

// callfinalizer calls f->fn with f->arg shaped as the parameter type.
static void callfinalizer(const finalizer *f) {
    switch (f->fint->kind) {
    case kindPointer:
        callClosure2(f->fn, f->arg, nil);
        break;
    case kindInterface: {
        const interfacetype *ityp = (const interfacetype *)f->fint;
        const void *tab = f->ot;   // an empty interface holds the type
        if (ityp->mhdr.len != 0) tab = assertE2I(ityp, f->ot);   // checked by SetFinalizer
        callClosure2(f->fn, tab, f->arg);
        break;
    }
    default:
        throw("bad kind in runfinq");
    }
}

// runfinq is the finalizer goroutine's body: run what is queued, then wait.
static void runfinq(void) {
    for (;;) {
        lock(&finlock);
        finblock *fb = finq;
        finq = nil;
        if (fb == nil) {
            fingwait = true;
            goparkunlock(&finlock, waitReasonFinalizerWait);
            continue;
        }
        unlock(&finlock);
        for (; fb != nil;) {
            for (uint32_t i = fb->cnt; i > 0; i--) {
                finalizer *f = &fb->fin[i - 1];
                if (f->fint == nil) throw("missing type in runfinq");
                fingRunning = true;
                callfinalizer(f);
                fingRunning = false;
                // Drop the references before the slot leaves the roots.
                f->fn = nil;
                f->arg = nil;
                f->ot = nil;
                __atomic_store_n(&fb->cnt, i - 1, __ATOMIC_RELEASE);
            }
            finblock *next = fb->next;
            lock(&finlock);
            fb->next = finc;
            finc = fb;
            unlock(&finlock);
            fb = next;
        }
    }
}

static const funcval runfinqPC = {runfinq};
void newproc(const funcval *fn) GO_SYM("runtime.newproc");

// createfing starts the finalizer goroutine, once.
static void createfing(void) {
    uint32_t zero = 0;
    if (__atomic_load_n(&fingCreate, __ATOMIC_ACQUIRE) == 0 &&
        __atomic_compare_exchange_n(&fingCreate, &zero, 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
        newproc(&runfinqPC);
        // The g newproc made is the newest in allgs; runfinq is not running
        // yet, so record it here for isSystemGoroutine.
        for (g *gp = allgs; gp != nil; gp = gp->alllink)
            if (gp->startfn == &runfinqPC) fing = gp;
    }
}

// wakefing: fing, made runnable by the caller, when it waits and there is
// work; else nil.
g *wakefing(void) {
    g *res = nil;
    lock(&finlock);
    if (fingwait && fingwake) {
        fingwait = false;
        fingwake = false;
        res = fing;
    }
    unlock(&finlock);
    return res;
}

bool isSystemGoroutine(g *gp) {
    return gp == fing && fing != nil && !fingRunning;
}

// ---- specials -------------------------------------------------------------------------------

// addfinalizer attaches a finalizer record to the object at p; false when
// it has one already.
static bool addfinalizer(void *p, const funcval *fn, go_uintptr nret, const _type *fint, const _type *ot) {
    mspan *s = spanOf((go_uintptr)p);
    go_uintptr offset = (go_uintptr)p - s->startAddr;
    lock(&mheap_.speciallock);
    special **t = &s->specials;
    for (; *t != nil && (*t)->offset <= offset; t = &(*t)->next) {
        if ((*t)->offset == offset && (*t)->kind == _KindSpecialFinalizer) {
            unlock(&mheap_.speciallock);
            return false;
        }
    }
    specialfinalizer *sf = mheap_.specialfree;
    if (sf != nil) mheap_.specialfree = (specialfinalizer *)sf->special.next;
    else sf = persistentalloc(sizeof *sf, 0, &mheap_.otherSys);
    sf->special.kind = _KindSpecialFinalizer;
    sf->special.offset = offset;
    sf->fn = fn;
    sf->nret = nret;
    sf->fint = fint;
    sf->ot = ot;
    sf->special.next = *t;
    *t = &sf->special;
    mheap_.nspecials++;
    unlock(&mheap_.speciallock);
    return true;
}

static void freespecial(specialfinalizer *sf) {
    sf->fn = nil;
    sf->special.next = (special *)mheap_.specialfree;
    mheap_.specialfree = sf;
    mheap_.nspecials--;
}

// removefinalizer drops the object's finalizer, if it has one.
static void removefinalizer(void *p) {
    mspan *s = spanOf((go_uintptr)p);
    go_uintptr offset = (go_uintptr)p - s->startAddr;
    lock(&mheap_.speciallock);
    for (special **t = &s->specials; *t != nil && (*t)->offset <= offset; t = &(*t)->next) {
        if ((*t)->offset == offset && (*t)->kind == _KindSpecialFinalizer) {
            specialfinalizer *sf = (specialfinalizer *)*t;
            *t = sf->special.next;
            freespecial(sf);
            break;
        }
    }
    unlock(&mheap_.speciallock);
}

static go_uintptr objIndexOf(mspan *s, go_uintptr offset) {
    return spanClassSizeclass(s->spanclass) == 0 ? 0 : offset / s->elemsize;
}

static void markrootSpan(mspan *s, void (*scan)(go_uintptr), void (*scanblock)(go_uintptr, go_uintptr)) {
    for (special *sp = s->specials; sp != nil; sp = sp->next) {
        if (sp->kind != _KindSpecialFinalizer) continue;
        specialfinalizer *sf = (specialfinalizer *)sp;
        // The object (from an inner byte of a tiny block too) is not marked:
        // that would keep it alive for ever.
        go_uintptr obj = s->startAddr + objIndexOf(s, sp->offset) * s->elemsize;
        if (!spanClassNoscan(s->spanclass)) scan(obj);
        scanblock((go_uintptr)&sf->fn, sizeof sf->fn);
    }
}

static void markrootSpanList(mSpanList *l, void (*scan)(go_uintptr), void (*scanblock)(go_uintptr, go_uintptr)) {
    for (mspan *s = l->first; s != nil; s = s->next)
        if (s->specials != nil) markrootSpan(s, scan, scanblock);
}

// markrootSpans runs with the mcaches flushed: every in-use span is on its
// mcentral's lists or on mheap_.large.
void markrootSpans(void (*scan)(go_uintptr), void (*scanblock)(go_uintptr, go_uintptr)) {
    if (mheap_.nspecials == 0) return;
    for (int i = 0; i < numSpanClasses; i++) {
        markrootSpanList(&mheap_.central[i].partial, scan, scanblock);
        markrootSpanList(&mheap_.central[i].full, scan, scanblock);
    }
    markrootSpanList(&mheap_.large, scan, scanblock);
}

void sweepSpecials(mspan *s) {
    special **t = &s->specials;
    while (*t != nil) {
        special *sp = *t;
        go_uintptr idx = objIndexOf(s, sp->offset);
        if (mspan_isMarked(s, idx)) { t = &sp->next; continue; }
        // Unreachable, with a finalizer: resurrect it for the finalizer.
        mspan_setMarked(s, idx);
        specialfinalizer *sf = (specialfinalizer *)sp;
        *t = sp->next;
        queuefinalizer((void *)(s->startAddr + sp->offset), sf->fn, sf->nret, sf->fint, sf->ot);
        lock(&mheap_.speciallock);
        freespecial(sf);
        unlock(&mheap_.speciallock);
    }
}

// ---- runtime.SetFinalizer ---------------------------------------------------------------

// throwTypes throws msg1 + t1 + msg2 [+ t2 + msg3]: gc's messages name types.
static GO_NORETURN void throwTypes(const char *msg1, const _type *t1, const char *msg2,
                                   const _type *t2, const char *msg3) {
    static char buf[512];
    go_int n = 0;
    const char *parts[5] = {msg1, nil, msg2, nil, msg3};
    GoString names[5] = {{0}};
    if (t1 != nil) names[1] = t1->name;
    if (t2 != nil) names[3] = t2->name;
    for (int i = 0; i < 5; i++) {
        const uint8_t *p = (const uint8_t *)parts[i];
        go_int len = p != nil ? findnull(p) : 0;
        if (p == nil) { p = names[i].str; len = names[i].len; }
        for (go_int k = 0; k < len && n < (go_int)sizeof buf - 1; k++) buf[n++] = (char)p[k];
    }
    buf[n] = 0;
    throw(buf);
}

// inDataSegment: p is in the program's writable segments (a global).
extern const uint8_t __ehdr_start[] __attribute__((visibility("hidden")));
static bool inDataSegment(go_uintptr p) {
    const uint8_t *eh = __ehdr_start;
    uint64_t phoff = *(const uint64_t *)(eh + 32);
    uint16_t phentsize = *(const uint16_t *)(eh + 54), phnum = *(const uint16_t *)(eh + 56);
    for (uint16_t i = 0; i < phnum; i++) {
        const uint8_t *ph = eh + phoff + (uint64_t)i * phentsize;
        uint32_t type = *(const uint32_t *)ph, flags = *(const uint32_t *)(ph + 4);
        uint64_t vaddr = *(const uint64_t *)(ph + 16), memsz = *(const uint64_t *)(ph + 40);
        if (type == 1 /* PT_LOAD */ && (flags & 2 /* PF_W */) && p >= vaddr && p < vaddr + memsz) return true;
    }
    return false;
}

// findObject: the start of the allocated heap object holding p, or 0.
static go_uintptr findObject(go_uintptr p) {
    mspan *s = spanOf(p);
    if (s == nil) return 0;
    if (spanClassSizeclass(s->spanclass) == 0) return s->allocCount != 0 && p < s->limit ? s->startAddr : 0;
    if (p >= s->limit) return 0;
    go_uintptr idx = mspan_objIndex(s, p);
    if (mspan_isFree(s, idx)) return 0;
    return s->startAddr + idx * s->elemsize;
}

static bool namedOrMethods(const _type *t) {
    return (t->tflag & tflagNamed) != 0 || t->uncommon != nil;
}

static bool sameType(const _type *a, const _type *b) {
    return a == b || (a->kind == b->kind && a->name.len == b->name.len &&
                      memcmp(a->name.str, b->name.str, (size_t)a->name.len) == 0);
}

// resultWords: the argument registers fn's results take; callClosure2 can
// only call functions that return in registers (no hidden result pointer).
static go_uintptr resultWords(const functype *ft, go_uintptr *nret) {
    go_uintptr words = 0;
    *nret = 0;
    const _type *const *out = ft->out.array;
    for (go_int i = 0; i < ft->out.len; i++) {
        const _type *t = out[i];
        go_uintptr a = t->align ? t->align : 1;
        *nret = (*nret + a - 1) / a * a + t->size;
        switch (t->kind) {
        case kindString: case kindInterface: words += 2; break;
        case kindSlice: case kindStruct: case kindArray: case kindComplex128: case kindComplex64:
            words += 3; break;   // not known to fit: refused
        default: words += 1; break;
        }
    }
    *nret = (*nret + _PtrSize - 1) & ~(go_uintptr)(_PtrSize - 1);
    return words;
}

void SetFinalizer(const _type *etyp, void *data, const _type *ftyp, const funcval *fn) GO_SYM("runtime.SetFinalizer");
void SetFinalizer(const _type *etyp, void *data, const _type *ftyp, const funcval *fn) {
    if (etyp == nil) throw("runtime.SetFinalizer: first argument is nil");
    if (etyp->kind != kindPointer)
        throwTypes("runtime.SetFinalizer: first argument is ", etyp, ", not pointer", nil, nil);
    if (etyp->elem == nil) throw("nil elem type!");

    go_uintptr base = findObject((go_uintptr)data);
    if (base == 0) {
        // 0-byte objects and globals never become unreachable: no finalizer.
        if (data == &zerobase || inDataSegment((go_uintptr)data)) return;
        throw("runtime.SetFinalizer: pointer not in allocated block");
    }
    if ((go_uintptr)data != base) {
        // An inner byte is allowed only where the tiny allocator may have
        // put the object.
        if (etyp->elem->ptrdata != 0 || etyp->elem->size >= maxTinySize)
            throw("runtime.SetFinalizer: pointer not at beginning of allocated block");
    }

    if (ftyp == nil) {
        removefinalizer(data);
        return;
    }
    if (ftyp->kind != kindFunc)
        throwTypes("runtime.SetFinalizer: second argument is ", ftyp, ", not a function", nil, nil);
    const functype *ft = (const functype *)ftyp;
    if (ft->variadic)
        throwTypes("runtime.SetFinalizer: cannot pass ", etyp, " to finalizer ", ftyp, " because dotdotdot");
    if (ft->in.len != 1)
        throwTypes("runtime.SetFinalizer: cannot pass ", etyp, " to finalizer ", ftyp, nil);
    const _type *fint = ((const _type *const *)ft->in.array)[0];
    bool ok = false;
    if (sameType(fint, etyp)) {
        ok = true;
    } else if (fint->kind == kindPointer) {
        // Assignable: both pointers to the same type, one of them unnamed.
        ok = (!namedOrMethods(fint) || !namedOrMethods(etyp)) && fint->elem != nil &&
             sameType(fint->elem, etyp->elem);
    } else if (fint->kind == kindInterface) {
        const interfacetype *ityp = (const interfacetype *)fint;
        ok = ityp->mhdr.len == 0 || assertE2I2(ityp, etyp) != nil;
    }
    if (!ok) throwTypes("runtime.SetFinalizer: cannot pass ", etyp, " to finalizer ", ftyp, nil);

    go_uintptr nret;
    if (resultWords(ft, &nret) > 2)
        throwTypes("swiftgo: runtime.SetFinalizer: a finalizer of type ", ftyp,
                   " (results beyond two words) is not implemented yet", nil, nil);

    createfing();
    if (!addfinalizer(data, fn, nret, fint, etyp))
        throw("runtime.SetFinalizer: finalizer already set");
}
