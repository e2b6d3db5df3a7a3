// panic.c: panics that reach the top of a goroutine, runtime errors, and
// throw. Go: runtime/panic.go, runtime/error.go.
//
// A panic runs the goroutine's deferred calls; one of them may recover it.
// Otherwise the report is gc's first lines exactly:
//     panic: <value>[ [recovered]]\n[\tpanic: ...\n][signal ...\n]\ngoroutine N [running]:\n
// followed by no frames (there is no symbolizer yet), then exit(2).
// Error and Stringer values cannot be printed through their methods yet
// (that needs itabs); they print as gc prints other non-basic values.
#include "runtime.h"

// Predeclared type names by kind: a type whose name is not its kind's
// predeclared name (main.MyInt) is printed as printanycustomtype does.
static const char *const basicName[] = {
    [kindBool] = "bool", [kindInt] = "int", [kindInt8] = "int8",
    [kindInt16] = "int16", [kindInt32] = "int32", [kindInt64] = "int64",
    [kindUint] = "uint", [kindUint8] = "uint8", [kindUint16] = "uint16",
    [kindUint32] = "uint32", [kindUint64] = "uint64", [kindUintptr] = "uintptr",
    [kindFloat32] = "float32", [kindFloat64] = "float64",
    [kindComplex64] = "complex64", [kindComplex128] = "complex128",
    [kindString] = "string",
};

static bool isBasic(const _type *t) {
    const char *want = t->kind <= kindString ? basicName[t->kind] : nil;
    if (want == nil) return false;
    go_int n = findnull((const uint8_t *)want);
    return t->name.len == n && memcmp(t->name.str, want, (size_t)n) == 0;
}

// printbasicval prints *data as print() would; false if t's kind is not
// a boolean, numeric or string kind.
static bool printbasicval(const _type *t, const void *data) {
    switch (t->kind) {
    case kindBool:    printbool(*(const bool *)data); return true;
    case kindInt:     printint(*(const go_int *)data); return true;
    case kindInt8:    printint(*(const int8_t *)data); return true;
    case kindInt16:   printint(*(const int16_t *)data); return true;
    case kindInt32:   printint(*(const int32_t *)data); return true;
    case kindInt64:   printint(*(const int64_t *)data); return true;
    case kindUint:    printuint(*(const go_uintptr *)data); return true;
    case kindUint8:   printuint(*(const uint8_t *)data); return true;
    case kindUint16:  printuint(*(const uint16_t *)data); return true;
    case kindUint32:  printuint(*(const uint32_t *)data); return true;
    case kindUint64:  printuint(*(const uint64_t *)data); return true;
    case kindUintptr: printuint(*(const go_uintptr *)data); return true;
    case kindFloat32: printfloat(*(const float *)data); return true;
    case kindFloat64: printfloat(*(const double *)data); return true;
    case kindComplex64: {
        const float *c = data;
        printcomplex(c[0], c[1]);
        return true;
    }
    case kindComplex128: {
        const double *c = data;
        printcomplex(c[0], c[1]);
        return true;
    }
    case kindString: {
        const GoString *s = data;
        printstring(s->str, s->len);
        return true;
    }
    }
    return false;
}

// printany: error.go's printany + printanycustomtype.
static void printany(const _type *t, const void *data) {
    if (t == nil) { printcstr("nil"); return; }
    if (isBasic(t) && printbasicval(t, data)) return;
    GoString ts = t->name;
    switch (t->kind) {
    case kindString:
        printstring(ts.str, ts.len);
        printcstr("(\"");
        printbasicval(t, data);
        printcstr("\")");
        return;
    case kindComplex64:
    case kindComplex128:
        printstring(ts.str, ts.len);
        printbasicval(t, data);
        return;
    default:
        if (t->kind >= kindBool && t->kind <= kindFloat64) {
            printstring(ts.str, ts.len);
            printcstr("(");
            printbasicval(t, data);
            printcstr(")");
            return;
        }
        printcstr("(");
        printstring(ts.str, ts.len);
        printcstr(") ");
        printpointer(data);
    }
}

extern const _type errorStringType, plainErrorType;

// printpanicval: how a panic value is reported. Runtime errors print their
// Error() text; other values as printany does.
static void printpanicval(const _type *t, const void *data) {
    if (t == &errorStringType) {
        const GoString *s = data;
        printcstr("runtime error: ");
        printstring(s->str, s->len);
        return;
    }
    if (t == &plainErrorType) {   // its Error() is the bare message
        const GoString *s = data;
        printstring(s->str, s->len);
        return;
    }
    // preprintpanics: an error prints as v.Error(), a Stringer as
    // v.String(), called through the type's method table (iface.c).
    const method *m = methodbyname(t, "Error", "func() string");
    if (m == nil) m = methodbyname(t, "String", "func() string");
    if (m != nil) {
        GoString s = ((GoString (*)(const void *))m->ifn)(data);
        printstring(s.str, s.len);
        return;
    }
    printany(t, data);
}

// startpanic_m: a second fatal error while printing the first just exits.
static void startpanic(void) {
    m *mp = getg()->m;
    if (mp->dying++ > 0) {
        printcstr("panic during panic\n");
        exit_(2);
    }
}

// dopanic_m: the signal line of a nil dereference, the goroutine header(s),
// then exit(2). Frames come later. On a user g: that g's header. On g0 (a
// throw from the scheduler, e.g. the deadlock check): every live
// goroutine's header, as gc's report lists them.
static GO_NORETURN void dopanic(void);
static void dopanic_m(void *arg) { (void)arg; dopanic(); }

static GO_NORETURN void dopanic(void) {
    g *gp = getg();
    if (gp == gp->m->g0 && gp->m->curg != nil) gp = gp->m->curg;
    if (gp->sig != 0) {
        printcstr("[signal ");
        printcstr(signame(gp->sig));
        printcstr(" code=");
        printhex(gp->sigcode0);
        printcstr(" addr=");
        printhex(gp->sigcode1);
        printcstr(" pc=");
        printhex(gp->sigpc);
        printcstr("]\n");
    }
    if (gp != gp->m->g0) {
        printcstr("\n");
        goroutineheader(gp);
    } else {
        tracebackothers(gp);
    }
    exit_(2);
}

// ---- defer ------------------------------------------------------------------
//
// The compiler turns `defer f(args)` into a closure record {thunk, f, args}
// and calls deferproc(frame, record); every return of the function calls
// deferreturn(frame), which runs that frame's deferred calls, newest first.
// A thunk first calls setdeferframe with its own frame address, so that
// recover() can tell whether its caller is the deferred function itself.

void deferproc(void *frame, const void *fn) {
    g *gp = getg();
    _defer *d = mallocgc(sizeof(_defer), nil, true);
    d->fn = fn;
    d->frame = frame;
    d->link = gp->_defer;
    gp->_defer = d;
}

void deferreturn(void *frame) {
    g *gp = getg();
    for (_defer *d = gp->_defer; d != nil && d->frame == frame; d = gp->_defer) {
        gp->_defer = d->link;
        d->started = true;
        callClosure(d->fn);
    }
}

void setdeferframe(void *fp, const void *fn) {
    _panic *p = getg()->_panic;
    if (p != nil && p->running != nil && p->running->fn == fn) p->deferframe = fp;
}

// Goexit (runtime.Goexit) runs every deferred call of the goroutine, newest
// first, then ends it as if its function had returned. recover() returns
// nil in those calls: no panic is running. A call that was already running
// (Goexit from inside a deferred call) is not run again.
void Goexit(void) GO_SYM("runtime.Goexit");
void Goexit(void) {
    g *gp = getg();
    for (_defer *d; (d = gp->_defer) != nil;) {
        gp->_defer = d->link;
        if (d->started) continue;
        d->started = true;
        callClosure(d->fn);
    }
    goexit1();
}

// ---- panic and recover ------------------------------------------------------

// printpanics: the chain of panics, oldest first (panic.go).
static void printpanics(_panic *p) {
    if (p->link != nil) {
        printpanics(p->link);
        printcstr("\t");
    }
    printcstr("panic: ");
    printpanicval(p->argtype, p->argdata);
    if (p->recovered) printcstr(" [recovered]");
    printcstr("\n");
}

// gopanic runs the goroutine's deferred calls, newest first. When one of
// them recovers, the frame that deferred it resumes at its checkpoint and
// returns normally; when none does, the panic is fatal.
void gopanic(const _type *t, void *data) {
    g *gp = getg();
    _panic p = { .argtype = t, .argdata = data, .link = gp->_panic };
    gp->_panic = &p;
    for (;;) {
        _defer *d = gp->_defer;
        if (d == nil) break;
        if (d->started) {
            // An earlier panic (or deferreturn) was running this call and a
            // new panic started inside it: that panic is aborted.
            if (d->frame != nil && gp->_panic->link != nil) gp->_panic->link->aborted = true;
            gp->_defer = d->link;
            continue;
        }
        d->started = true;
        p.running = d;
        p.deferframe = nil;
        callClosure(d->fn);
        gp->_defer = d->link;
        p.running = nil;
        if (p.recovered) {
            gp->_panic = p.link;
            // Aborted panics below this one are over too.
            while (gp->_panic != nil && gp->_panic->aborted) gp->_panic = gp->_panic->link;
            if (gp->_panic == nil) gp->sig = 0;
            stackunwind(gp, d->frame->regs[CHECKPOINT_SP]);
            gotocheckpoint(d->frame);
        }
    }
    startpanic();
    printpanics(gp->_panic);
    systemstack(dopanic_m, nil);
    __builtin_unreachable();
}

// gorecover: effective only in a deferred call that gopanic is running,
// called directly by it (its caller's frame is the deferred call's thunk).
GoEface gorecover(void *parentfp) {
    _panic *p = getg()->_panic;
    if (p != nil && !p->recovered && p->running != nil && parentfp == p->deferframe) {
        p->recovered = true;
        return (GoEface){ p->argtype, p->argdata };
    }
    return (GoEface){ nil, nil };
}

// ---- runtime errors -----------------------------------------------------------

// Runtime errors are panics with a runtime.Error value; here its dynamic
// type is errorString, whose Error() is "runtime error: " + the message.
// Methods take the interface data word: a pointer to the boxed GoString.
static GoString errorStringError(const GoString *e) {
    static const char prefix[] = "runtime error: ";
    go_int n = sizeof prefix - 1;
    uint8_t *s = mallocgc((go_uintptr)(n + e->len), nil, false);
    memmove(s, prefix, (size_t)n);
    memmove(s + n, e->str, (size_t)e->len);
    return (GoString){ s, n + e->len };
}

static void errorStringRuntimeError(const GoString *e) { (void)e; }

static const method errorStringMethods[] = {
    { { (const uint8_t *)"Error", 5 }, &funcStringType, (void *)errorStringError },
    { { (const uint8_t *)"RuntimeError", 12 }, &funcType, (void *)errorStringRuntimeError },
};
static const uncommontype errorStringUncommon = { { (const uint8_t *)"runtime", 7 }, 2, errorStringMethods };

const _type errorStringType = {
    .size = sizeof(GoString), .ptrdata = sizeof(void *), .tflag = tflagNamed,
    .align = 8, .fieldAlign = 8, .kind = kindString,
    .name = { (const uint8_t *)"runtime.errorString", 19 },
    .uncommon = &errorStringUncommon,
};

// plainError: a runtime.Error whose Error() has no "runtime error: "
// prefix; gc uses it for the channel panics ("send on closed channel").
static GoString plainErrorError(const GoString *e) { return *e; }

static const method plainErrorMethods[] = {
    { { (const uint8_t *)"Error", 5 }, &funcStringType, (void *)plainErrorError },
    { { (const uint8_t *)"RuntimeError", 12 }, &funcType, (void *)errorStringRuntimeError },
};
static const uncommontype plainErrorUncommon = { { (const uint8_t *)"runtime", 7 }, 2, plainErrorMethods };

const _type plainErrorType = {
    .size = sizeof(GoString), .ptrdata = sizeof(void *), .tflag = tflagNamed,
    .align = 8, .fieldAlign = 8, .kind = kindString,
    .name = { (const uint8_t *)"runtime.plainError", 18 },
    .uncommon = &plainErrorUncommon,
};

void panicplain(const char *msg) {
    GoString *v = mallocgc(sizeof(GoString), &plainErrorType, true);
    *v = (GoString){ (const uint8_t *)msg, findnull((const uint8_t *)msg) };
    gopanic(&plainErrorType, v);
}

// panicwrap: "value method pkg.T.M called using nil *T pointer", with pkg,
// T and M taken from the wrapper's name "pkg.(*T).M", as gc takes them
// from its caller's symbol.
void panicwrap(const uint8_t *name, go_int n) {
    go_int open = 0, close = 0;
    while (open < n && name[open] != '(') open++;
    close = open;
    while (close < n && name[close] != ')') close++;
    if (open == 0 || open + 2 > close || close + 2 > n) throw("panicwrap: unexpected string");
    GoString pkg = { name, open - 1 }, typ = { name + open + 2, close - open - 2 },
             meth = { name + close + 2, n - close - 2 };
    GoString parts[] = { {S("value method ")}, pkg, {S(".")}, typ, {S(".")}, meth,
                         {S(" called using nil *")}, typ, {S(" pointer")} };
    go_int len = 0;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) len += parts[i].len;
    uint8_t *buf = mallocgcnoscan((go_uintptr)len, false), *q = buf;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        memmove(q, parts[i].str, (size_t)parts[i].len);
        q += parts[i].len;
    }
    GoString *v = mallocgc(sizeof(GoString), &plainErrorType, true);
    *v = (GoString){ buf, len };
    gopanic(&plainErrorType, v);
}

// A small string builder for runtime error messages.
typedef struct { uint8_t buf[128]; go_int n; } msgbuf;

static void msgcstr(msgbuf *b, const char *s) {
    for (; *s && b->n < (go_int)sizeof b->buf; s++) b->buf[b->n++] = (uint8_t)*s;
}

static void msgint(msgbuf *b, go_int v) {
    uint8_t tmp[24];
    int i = sizeof tmp;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do { tmp[--i] = (uint8_t)('0' + u % 10); u /= 10; } while (u != 0);
    if (v < 0) tmp[--i] = '-';
    for (; i < (int)sizeof tmp && b->n < (go_int)sizeof b->buf; i++) b->buf[b->n++] = tmp[i];
}

static GO_NORETURN void panicmsg(msgbuf *b) {
    uint8_t *str = mallocgcnoscan((go_uintptr)b->n, false);
    memmove(str, b->buf, (size_t)b->n);
    GoString *v = mallocgc(sizeof(GoString), &errorStringType, true);
    *v = (GoString){ str, b->n };
    gopanic(&errorStringType, v);
}

static GO_NORETURN void panicstr(const char *msg) {
    msgbuf b = {0};
    msgcstr(&b, msg);
    panicmsg(&b);
}

// boundsError.Error: "%x" is x (signed), "%y" is y; a negative x selects
// the shorter boundsNegErrorFmts form, which omits y.
static GO_NORETURN void panicBounds(const char *fmt, const char *negfmt, go_int x, go_int y) {
    msgbuf b = {0};
    for (const char *f = x < 0 ? negfmt : fmt; *f; f++) {
        if (*f != '%') { char c[2] = { *f, 0 }; msgcstr(&b, c); continue; }
        f++;
        msgint(&b, *f == 'x' ? x : y);
    }
    panicmsg(&b);
}

void panicIndex(go_int x, go_int y) {
    panicBounds("index out of range [%x] with length %y", "index out of range [%x]", x, y);
}
void panicSliceAlen(go_int x, go_int y) {
    panicBounds("slice bounds out of range [:%x] with length %y",
                "slice bounds out of range [:%x]", x, y);
}
void panicSliceAcap(go_int x, go_int y) {
    panicBounds("slice bounds out of range [:%x] with capacity %y",
                "slice bounds out of range [:%x]", x, y);
}
void panicSliceB(go_int x, go_int y) {
    panicBounds("slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]", x, y);
}

void panicSlice3Alen(go_int x, go_int y) {
    panicBounds("slice bounds out of range [::%x] with length %y",
                "slice bounds out of range [::%x]", x, y);
}
void panicSlice3Acap(go_int x, go_int y) {
    panicBounds("slice bounds out of range [::%x] with capacity %y",
                "slice bounds out of range [::%x]", x, y);
}
void panicSlice3B(go_int x, go_int y) {
    panicBounds("slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]", x, y);
}
void panicSlice3C(go_int x, go_int y) {
    panicBounds("slice bounds out of range [%x:%y:]", "slice bounds out of range [%x:]", x, y);
}
void panicSliceConvert(go_int x, go_int y) {
    panicBounds("cannot convert slice with length %x to pointer to array with length %y",
                "cannot convert slice with length %x to pointer to array with length %y", x, y);
}

// slice.go's panics for make and append.
void panicmakeslicelen(void) { panicstr("makeslice: len out of range"); }
void panicmakeslicecap(void) { panicstr("makeslice: cap out of range"); }
void panicunsafeslicelen(void) { panicstr("unsafe.Slice: len out of range"); }
void panicunsafeslicenilptr(void) { panicstr("unsafe.Slice: ptr is nil and len is not zero"); }
void panicgrowslice(void) { panicstr("growslice: cap out of range"); }

void panicdivide(void) { panicstr("integer divide by zero"); }
void panicoverflow(void) { panicstr("integer overflow"); }
void panicfloat(void) { panicstr("floating point error"); }
void panicshift(void) { panicstr("negative shift amount"); }

// panicmem: the compiler's explicit nil checks stand in for gc's SIGSEGV,
// so the report carries gc's signal line too; pc is the return address
// into the code that made the check.
void panicmem(void) {
    g *gp = getg();
    gp->sig = 11;   // SIGSEGV
    gp->sigcode0 = 1;   // SEGV_MAPERR
    gp->sigcode1 = 0;
    gp->sigpc = (go_uintptr)__builtin_return_address(0);
    panicmemerror();
}

// panicmemerror: a nil dereference whose signal fields are set already
// (by panicmem, or by the SIGSEGV handler for sigpanic).
void panicmemerror(void) { panicstr("invalid memory address or nil pointer dereference"); }

// unimplemented: a function declared without a body (gc implements it in
// assembly) for which swiftgo has no implementation yet.
void unimplemented(const uint8_t *name, go_int n) {
    startpanic();
    printcstr("fatal error: swiftgo: ");
    printstring(name, n);
    printcstr(" is not implemented yet\n");
    dopanic();
}

// throw: a fatal runtime error ("fatal error: msg"), never recoverable.
// The report is printed on g0: a throw may come from deep in a stack
// segment's guard area (stack overflow).
static void throw_m(void *s) {
    startpanic();
    printcstr("fatal error: ");
    printcstr(s);
    printcstr("\n");
    dopanic();
}

void throw(const char *s) {
    systemstack(throw_m, (void *)s);
    __builtin_unreachable();
}

void badmcall(void (*fn)(g *)) { (void)fn; throw("runtime: mcall called on m->g0 stack"); }
void badmcall2(void (*fn)(g *)) { (void)fn; throw("runtime: mcall function returned"); }
