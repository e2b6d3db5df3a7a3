// panic.c: panics that reach the top of a goroutine, runtime errors, and
// throw. Go: runtime/panic.go, runtime/error.go.
//
// No defer/recover yet: every panic is fatal. The report is gc's first
// lines exactly:
//     panic: <value>[\n[signal ...]]\n\ngoroutine N [running]:\n
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

// startpanic_m: a second fatal error while printing the first just exits.
static void startpanic(void) {
    m *mp = getg()->m;
    if (mp->dying++ > 0) {
        printcstr("panic during panic\n");
        exit_(2);
    }
}

// dopanic_m: the goroutine header(s), then exit(2). Frames come later.
// On a user g: that g's header. On g0 (a throw from the scheduler, e.g. the
// deadlock check): every live goroutine's header, as gc's report lists them.
static GO_NORETURN void dopanic(void) {
    g *gp = getg();
    if (gp == gp->m->g0 && gp->m->curg != nil) gp = gp->m->curg;
    if (gp != gp->m->g0) {
        printcstr("\n");
        goroutineheader(gp);
    } else {
        tracebackothers(gp);
    }
    exit_(2);
}

void gopanic(const _type *t, void *data) {
    startpanic();
    printcstr("panic: ");
    printany(t, data);
    printcstr("\n");
    dopanic();
}

// panicstr: a runtime.Error panic, printed as its Error() string.
static GO_NORETURN void panicstr(const char *msg) {
    startpanic();
    printcstr("panic: runtime error: ");
    printcstr(msg);
    printcstr("\n");
    dopanic();
}

// boundsError.Error: "%x" is x (signed), "%y" is y; a negative x selects
// the shorter boundsNegErrorFmts form, which omits y.
static GO_NORETURN void panicBounds(const char *fmt, const char *negfmt, go_int x, go_int y) {
    startpanic();
    printcstr("panic: runtime error: ");
    const char *f = x < 0 ? negfmt : fmt;
    for (; *f; f++) {
        if (*f != '%') { gwrite((const uint8_t *)f, 1); continue; }
        f++;
        printint(*f == 'x' ? x : y);
    }
    printcstr("\n");
    dopanic();
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

void panicdivide(void) { panicstr("integer divide by zero"); }
void panicshift(void) { panicstr("negative shift amount"); }

// panicmem: the compiler's explicit nil checks stand in for gc's SIGSEGV,
// so print gc's signal line too; pc is the return address into the code
// that made the check.
void panicmem(void) {
    go_uintptr pc = (go_uintptr)__builtin_return_address(0);
    startpanic();
    printcstr("panic: runtime error: invalid memory address or nil pointer dereference\n");
    printcstr("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=");
    printhex(pc);
    printcstr("]\n");
    dopanic();
}

// throw: a fatal runtime error ("fatal error: msg"), never recoverable.
void throw(const char *s) {
    startpanic();
    printcstr("fatal error: ");
    printcstr(s);
    printcstr("\n");
    dopanic();
}

void badmcall(void (*fn)(g *)) { (void)fn; throw("runtime: mcall called on m->g0 stack"); }
void badmcall2(void (*fn)(g *)) { (void)fn; throw("runtime: mcall function returned"); }
