// string.c: string operations compiled code calls. Go: runtime/string.go.
#include "sizeclasses.h"

// concatstring2 implements a + b. As in Go, when one operand is empty the
// other is returned without copying (strings are immutable).
GoString concatstring2(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen) {
    if (alen == 0) return (GoString){b, blen};
    if (blen == 0) return (GoString){a, alen};
    go_int l = alen + blen;
    if (l < alen) throw("string concatenation too long");
    uint8_t *p = mallocgcnoscan((go_uintptr)l, false);
    memmove(p, a, (size_t)alen);
    memmove(p + alen, b, (size_t)blen);
    return (GoString){p, l};
}

// cmpstring: bytewise comparison, -1/0/+1 (bytealg.Compare).
go_int cmpstring(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen) {
    go_int n = alen < blen ? alen : blen;
    if (a != b) {
        for (go_int i = 0; i < n; i++)
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    if (alen < blen) return -1;
    if (alen > blen) return 1;
    return 0;
}

bool memequal(const void *a, const void *b, go_uintptr size) {
    return a == b || memcmp(a, b, size) == 0;
}

// findnull: the length of a NUL-terminated C string (argv, envp).
go_int findnull(const uint8_t *s) {
    if (s == nil) return 0;
    go_int n = 0;
    while (s[n] != 0) n++;
    return n;
}

// ---- Conversions between strings, byte slices and rune slices -------------
// Go: runtime/string.go and runtime/utf8.go. gc passes a small stack buffer
// when the result does not escape; swiftgo always allocates, so capacities
// are those of gc's escaping case (rawbyteslice, rawruneslice).

#define runeError 0xFFFD
#define maxRune   0x10FFFF
#define surrogateMin 0xD800
#define surrogateMax 0xDFFF

// slicebytetostring: string(b). A copy, since b may change later.
GoString slicebytetostring(const uint8_t *p, go_int n) {
    if (n == 0) return (GoString){nil, 0};
    uint8_t *s = mallocgcnoscan((go_uintptr)n, false);
    memmove(s, p, (size_t)n);
    return (GoString){s, n};
}

// rawbyteslice: a []byte of length size whose capacity is the whole size
// class the allocation got.
static GoSlice rawbyteslice(go_int size) {
    go_uintptr cap = roundupsize((go_uintptr)size);
    uint8_t *p = mallocgcnoscan(cap, false);
    if (cap != (go_uintptr)size) memclrNoHeapPointers(p + size, cap - (go_uintptr)size);
    return (GoSlice){p, size, (go_int)cap};
}

// stringtoslicebyte: []byte(s).
GoSlice stringtoslicebyte(const uint8_t *s, go_int n) {
    GoSlice b = rawbyteslice(n);
    memmove(b.array, s, (size_t)n);
    return b;
}

// decoderune returns the non-ASCII rune at s[k] and the index after it;
// an invalid or short encoding is U+FFFD of width 1 (utf8.go).
go_int decoderune(const uint8_t *s, go_int n, go_int k, int32_t *r) {
    enum { t2 = 0xC0, t3 = 0xE0, t4 = 0xF0, t5 = 0xF8, locb = 0x80, hicb = 0xBF,
           mask2 = 0x1F, mask3 = 0x0F, mask4 = 0x07, maskx = 0x3F };
#define cont(i) (locb <= s[k + (i)] && s[k + (i)] <= hicb)
    *r = runeError;
    if (k >= n) return k + 1;
    uint8_t c = s[k];
    go_int rest = n - k;
    int32_t v;
    if (t2 <= c && c < t3) {
        if (rest > 1 && cont(1)) {
            v = (int32_t)(c & mask2) << 6 | (s[k + 1] & maskx);
            if (v > 0x7F) { *r = v; return k + 2; }
        }
    } else if (t3 <= c && c < t4) {
        if (rest > 2 && cont(1) && cont(2)) {
            v = (int32_t)(c & mask3) << 12 | (int32_t)(s[k + 1] & maskx) << 6 | (s[k + 2] & maskx);
            if (v > 0x7FF && !(surrogateMin <= v && v <= surrogateMax)) { *r = v; return k + 3; }
        }
    } else if (t4 <= c && c < t5) {
        if (rest > 3 && cont(1) && cont(2) && cont(3)) {
            v = (int32_t)(c & mask4) << 18 | (int32_t)(s[k + 1] & maskx) << 12 |
                (int32_t)(s[k + 2] & maskx) << 6 | (s[k + 3] & maskx);
            if (v > 0xFFFF && v <= maxRune) { *r = v; return k + 4; }
        }
    }
#undef cont
    return k + 1;
}

// nextrune: the rune at s[k] (ASCII inline) and the index after it.
static go_int nextrune(const uint8_t *s, go_int n, go_int k, int32_t *r) {
    if (s[k] < 0x80) { *r = s[k]; return k + 1; }
    return decoderune(s, n, k, r);
}

// encoderune writes r's UTF-8 encoding to p (room for 4 bytes) and returns
// its length; surrogates and values beyond U+10FFFF become U+FFFD.
static go_int encoderune(uint8_t *p, int32_t r) {
    uint32_t u = (uint32_t)r;
    if (u <= 0x7F) { p[0] = (uint8_t)u; return 1; }
    if (u <= 0x7FF) {
        p[0] = (uint8_t)(0xC0 | u >> 6);
        p[1] = (uint8_t)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u > maxRune || (surrogateMin <= u && u <= surrogateMax)) u = runeError;
    if (u <= 0xFFFF) {
        p[0] = (uint8_t)(0xE0 | u >> 12);
        p[1] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
        p[2] = (uint8_t)(0x80 | (u & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | u >> 18);
    p[1] = (uint8_t)(0x80 | (u >> 12 & 0x3F));
    p[2] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
    p[3] = (uint8_t)(0x80 | (u & 0x3F));
    return 4;
}

// stringtoslicerune: []rune(s), counting the runes first.
GoSlice stringtoslicerune(const uint8_t *s, go_int n) {
    go_int count = 0;
    int32_t r;
    for (go_int k = 0; k < n; k = nextrune(s, n, k, &r)) count++;
    go_uintptr mem = roundupsize((go_uintptr)count * 4);
    int32_t *a = mallocgcnoscan(mem, false);
    if (mem != (go_uintptr)count * 4) memclrNoHeapPointers(a + count, mem - (go_uintptr)count * 4);
    go_int i = 0;
    for (go_int k = 0; k < n; i++) k = nextrune(s, n, k, &a[i]);
    return (GoSlice){a, count, (go_int)(mem / 4)};
}

// slicerunetostring: string(runes).
GoString slicerunetostring(const int32_t *a, go_int n) {
    uint8_t tmp[4];
    go_int size = 0;
    for (go_int i = 0; i < n; i++) size += encoderune(tmp, a[i]);
    if (size == 0) return (GoString){nil, 0};
    uint8_t *p = mallocgcnoscan((go_uintptr)size, false);
    go_int off = 0;
    for (go_int i = 0; i < n; i++) off += encoderune(p + off, a[i]);
    return (GoString){p, size};
}

// intstring: string(v) for an integer v; values that are not runes give
// "\uFFFD".
GoString intstring(int64_t v) {
    if ((int64_t)(int32_t)v != v) v = runeError;
    uint8_t *p = mallocgcnoscan(4, false);
    return (GoString){p, encoderune(p, (int32_t)v)};
}

// concatstrings: a[0] + a[1] + ... + a[n-1]. A single non-empty operand is
// returned as it is.
GoString concatstrings(const GoString *a, go_int n) {
    go_int l = 0, count = 0, idx = 0;
    for (go_int i = 0; i < n; i++) {
        if (a[i].len == 0) continue;
        if (l + a[i].len < l) throw("string concatenation too long");
        l += a[i].len;
        count++;
        idx = i;
    }
    if (count == 0) return (GoString){nil, 0};
    if (count == 1) return a[idx];
    uint8_t *p = mallocgcnoscan((go_uintptr)l, false);
    go_int off = 0;
    for (go_int i = 0; i < n; i++) {
        memmove(p + off, a[i].str, (size_t)a[i].len);
        off += a[i].len;
    }
    return (GoString){p, l};
}
