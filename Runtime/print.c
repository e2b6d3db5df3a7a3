// print.c: the builtin print/println and the runtime's own printing, in
// exactly gc's formats. Go: runtime/print.go. Everything goes to fd 2.
//
// printlock/printunlock keep a print sequence (a println's operands, a
// traceback) from interleaving with another M's: a lock held by the M,
// recursively (Go's m.printlock + debuglock).
#include "runtime.h"

static mutex debuglock;

void printlock(void) {
    m *mp = getg()->m;
    mp->locks++;   // no rescheduling between the count and the lock
    if (++mp->printlock == 1) lock(&debuglock);
    mp->locks--;
}

void printunlock(void) {
    m *mp = getg()->m;
    if (--mp->printlock == 0) unlock(&debuglock);
}

// gwrite writes to stderr, retrying short writes; errors are dropped
// (there is nowhere to report them).
void gwrite(const uint8_t *p, go_int n) {
    while (n > 0) {
        int32_t w = write1(2, p, (int32_t)(n > 0x40000000 ? 0x40000000 : n));
        if (w <= 0) return;
        p += w;
        n -= w;
    }
}

void printstring(const uint8_t *s, go_int n) { gwrite(s, n); }
void printcstr(const char *s) { gwrite((const uint8_t *)s, findnull((const uint8_t *)s)); }
void printsp(void) { gwrite(S(" ")); }
void printnl(void) { gwrite(S("\n")); }
void printbool(bool v) { if (v) gwrite(S("true")); else gwrite(S("false")); }

void printuint(uint64_t v) {
    uint8_t buf[100];
    int i = sizeof buf;
    for (i--; i > 0; i--) {
        buf[i] = (uint8_t)(v % 10 + '0');
        if (v < 10) break;
        v /= 10;
    }
    gwrite(buf + i, (go_int)sizeof buf - i);
}

void printint(int64_t v) {
    if (v < 0) {
        gwrite(S("-"));
        printuint(-(uint64_t)v);   // unsigned negation: right for MinInt64 too
        return;
    }
    printuint((uint64_t)v);
}

void printhex(uint64_t v) {
    static const char dig[] = "0123456789abcdef";
    uint8_t buf[100];
    int i = sizeof buf;
    for (i--; i > 0; i--) {
        buf[i] = (uint8_t)dig[v % 16];
        if (v < 16) break;   // minhexdigits is 0 outside tracebacks
        v /= 16;
    }
    buf[--i] = 'x';
    buf[--i] = '0';
    gwrite(buf + i, (go_int)sizeof buf - i);
}

void printpointer(const void *p) { printhex((uint64_t)(go_uintptr)p); }

// printfloat: gc's fixed format +d.dddddde+ddd (7 significant digits),
// ported operation for operation so the rounding matches.
void printfloat(double v) {
    if (v != v) { gwrite(S("NaN")); return; }
    if (v + v == v && v > 0) { gwrite(S("+Inf")); return; }
    if (v + v == v && v < 0) { gwrite(S("-Inf")); return; }

    enum { n = 7 };   // digits printed
    uint8_t buf[n + 7];
    buf[0] = '+';
    int e = 0;        // exponent
    if (v == 0) {
        if (1 / v < 0) buf[0] = '-';
    } else {
        if (v < 0) { v = -v; buf[0] = '-'; }
        // normalize
        while (v >= 10) { e++; v /= 10; }
        while (v < 1) { e--; v *= 10; }
        // round
        double h = 5.0;
        for (int i = 0; i < n; i++) h /= 10;
        v += h;
        if (v >= 10) { e++; v /= 10; }
    }
    // format +d.dddd+edd
    for (int i = 0; i < n; i++) {
        int s = (int)v;
        buf[i + 2] = (uint8_t)(s + '0');
        v -= (double)s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[n + 2] = 'e';
    buf[n + 3] = '+';
    if (e < 0) { e = -e; buf[n + 3] = '-'; }
    buf[n + 4] = (uint8_t)(e / 100 + '0');
    buf[n + 5] = (uint8_t)(e / 10 % 10 + '0');
    buf[n + 6] = (uint8_t)(e % 10 + '0');
    gwrite(buf, sizeof buf);
}

// printcomplex: print("(", real(c), imag(c), "i)").
void printcomplex(double re, double im) {
    gwrite(S("("));
    printfloat(re);
    printfloat(im);
    gwrite(S("i)"));
}

// printslice: "[len/cap]0xarray".
void printslice(const void *array, go_int len, go_int cap) {
    gwrite(S("["));
    printint(len);
    gwrite(S("/"));
    printint(cap);
    gwrite(S("]"));
    printpointer(array);
}

// printeface: "(0xtype,0xdata)" — the same for non-empty interfaces, whose
// first word (the itab) the compiler passes in place of the type.
void printeface(const _type *t, const void *data) {
    gwrite(S("("));
    printpointer(t);
    gwrite(S(","));
    printpointer(data);
    gwrite(S(")"));
}
