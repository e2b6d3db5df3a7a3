// string.c: string operations compiled code calls. Go: runtime/string.go.
#include "runtime.h"

// concatstring2 implements a + b. As in Go, when one operand is empty the
// other is returned without copying (strings are immutable).
GoString concatstring2(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen) {
    if (alen == 0) return (GoString){b, blen};
    if (blen == 0) return (GoString){a, alen};
    go_int l = alen + blen;
    if (l < alen) throw("string concatenation too long");
    uint8_t *p = mallocgc((go_uintptr)l, nil, false);
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
