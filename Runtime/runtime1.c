// runtime1.c: command line, environment and GODEBUG. Go: runtime/runtime1.go.
#include "runtime.h"

int32_t argc GO_SYM("runtime.argc");
uint8_t **argv GO_SYM("runtime.argv");
GoSlice argslice GO_SYM("runtime.argslice");
GoSlice envs GO_SYM("runtime.envs");

// args records argc/argv before anything else can run (rt0_go calls it
// first), then lets the OS layer read the auxv behind them.
void args(int32_t c, uint8_t **v) {
    inittracePhaseBegin(phaseArgs);
    argc = c;
    argv = v;
    sysargs(c, v);
    inittracePhaseEnd(phaseArgs);
}

static GoString gostringnocopy(const uint8_t *s) {
    return (GoString){s, findnull(s)};
}

// goargs builds os.Args' backing []string; the bytes stay on the initial stack.
void goargs(void) {
    GoString *a = mallocgc((go_uintptr)argc * sizeof(GoString), nil, true);
    for (int32_t i = 0; i < argc; i++) a[i] = gostringnocopy(argv[i]);
    argslice = (GoSlice){a, argc, argc};
}

// goenvs (goenvs_unix): the environment follows argv's terminating NULL.
void goenvs(void) {
    go_int n = 0;
    while (argv[argc + 1 + n] != nil) n++;
    GoString *e = mallocgc((go_uintptr)n * sizeof(GoString), nil, true);
    for (go_int i = 0; i < n; i++) e[i] = gostringnocopy(argv[argc + 1 + i]);
    envs = (GoSlice){e, n, n};
}

// gogetenv returns the value of key, or "" (Go does not distinguish unset).
GoString gogetenv(const uint8_t *key, go_int keylen) {
    GoString *e = envs.array;
    for (go_int i = 0; i < envs.len; i++) {
        GoString s = e[i];
        if (s.len > keylen && s.str[keylen] == '=' && memcmp(s.str, key, (size_t)keylen) == 0)
            return (GoString){s.str + keylen + 1, s.len - keylen - 1};
    }
    return (GoString){nil, 0};
}

// atoi32 parses a decimal int32 with optional sign; false on junk or overflow.
bool atoi32(GoString s, int32_t *out) {
    go_int i = 0;
    bool neg = false;
    if (s.len > 0 && s.str[0] == '-') { neg = true; i = 1; }
    if (i == s.len) return false;
    int64_t n = 0;
    for (; i < s.len; i++) {
        uint8_t c = s.str[i];
        if (c < '0' || c > '9') return false;
        n = n * 10 + (c - '0');
        if (n > ((int64_t)1 << 31)) return false;
    }
    if (neg) n = -n;
    if (n < INT32_MIN || n > INT32_MAX) return false;
    *out = (int32_t)n;
    return true;
}

struct debugVars debug GO_SYM("runtime.debug");

// Go 1.19's dbgvars, same names, plus gcstress (mgc.c); inittrace, gctrace
// and gcstress have an effect so far.
static const dbgVar dbgvars[] = {
    {"allocfreetrace", &debug.allocfreetrace},
    {"clobberfree", &debug.clobberfree},
    {"cgocheck", &debug.cgocheck},
    {"efence", &debug.efence},
    {"gccheckmark", &debug.gccheckmark},
    {"gcpacertrace", &debug.gcpacertrace},
    {"gcshrinkstackoff", &debug.gcshrinkstackoff},
    {"gcstoptheworld", &debug.gcstoptheworld},
    {"gctrace", &debug.gctrace},
    {"invalidptr", &debug.invalidptr},
    {"madvdontneed", &debug.madvdontneed},
    {"sbrk", &debug.sbrk},
    {"scavtrace", &debug.scavtrace},
    {"scheddetail", &debug.scheddetail},
    {"schedtrace", &debug.schedtrace},
    {"tracebackancestors", &debug.tracebackancestors},
    {"asyncpreemptoff", &debug.asyncpreemptoff},
    {"harddecommit", &debug.harddecommit},
    {"adaptivestackstart", &debug.adaptivestackstart},
    {"inittrace", &debug.inittrace},
    {"gcstress", &debug.gcstress},
};

static bool streq(GoString a, const char *b) {
    go_int n = findnull((const uint8_t *)b);
    return a.len == n && memcmp(a.str, b, (size_t)n) == 0;
}

static go_int indexbyte(GoString s, uint8_t c) {
    for (go_int i = 0; i < s.len; i++)
        if (s.str[i] == c) return i;
    return -1;
}

// parsedebugvars: GODEBUG=name=val,name=val,... Unknown names and
// malformed fields are ignored, as in Go.
void parsedebugvars(void) {
    debug.cgocheck = 1;
    debug.invalidptr = 1;
    debug.madvdontneed = 1;   // Go's default on linux
    GoString p = gogetenv(S("GODEBUG"));
    while (p.len > 0) {
        GoString field;
        go_int i = indexbyte(p, ',');
        if (i < 0) { field = p; p.len = 0; }
        else { field = (GoString){p.str, i}; p = (GoString){p.str + i + 1, p.len - i - 1}; }
        i = indexbyte(field, '=');
        if (i < 0) continue;
        GoString key = {field.str, i};
        GoString value = {field.str + i + 1, field.len - i - 1};
        for (size_t k = 0; k < sizeof dbgvars / sizeof dbgvars[0]; k++) {
            int32_t n;
            if (streq(key, dbgvars[k].name) && atoi32(value, &n)) *dbgvars[k].value = n;
        }
    }
}
