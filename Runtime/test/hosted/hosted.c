#define _GNU_SOURCE   // clock_gettime under -std=c11
// hosted.c: the environment the runtime's data structures expect, for the
// hosted test program (hosted.h), and its main.
//
// It stands in for what proc.c, os_linux.c and panic.c provide in a real
// program, which are left out (they need rt0, assembly context switches
// and the program's own ELF image): one g/m/p (getg returns hostg through
// runtime.h's hosted hook), the scheduler globals the allocator and
// channels read, and throw/panic/gopark/goready. throw and the panics
// print gc's text and exit 2 unless a test is expecting them
// (expectFatal), in which case they return to it with longjmp.
#include "hosted.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

// ---- one g, one m, one p -------------------------------------------------------------
_Thread_local g *hostedg;
static g hostg;
static m hostm;
static p hostp;

g *allgs GO_SYM("runtime.allgs");
int32_t gomaxprocs GO_SYM("runtime.gomaxprocs") = 1;
int32_t ncpu GO_SYM("runtime.ncpu") = 1;
go_uintptr physPageSize GO_SYM("runtime.physPageSize") = 4096;
int64_t runtimeInitTime GO_SYM("runtime.runtimeInitTime");
schedt sched GO_SYM("runtime.sched");

int64_t nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
void sysargs(int32_t c, uint8_t **v) {}
void inittracePhaseBegin(int32_t id) {}
void inittracePhaseEnd(int32_t id) {}

// ---- fatal errors -------------------------------------------------------------------------
static jmp_buf *catcher;
static char caught[256];
static const char *currentTest = "?";
uint64_t testSeed;

static GO_NORETURN void fatal(const char *prefix, const char *msg, go_int n) {
    if (catcher != nil) {
        snprintf(caught, sizeof caught, "%s%.*s", prefix, (int)n, msg);
        longjmp(*catcher, 1);
    }
    fprintf(stderr, "%s%.*s\nFAIL %s (seed %llu): unexpected fatal error\n", prefix, (int)n, msg,
            currentTest, (unsigned long long)testSeed);
    exit(2);
}

void throw(const char *s) { fatal("fatal error: ", s, (go_int)strlen(s)); }
void panicplain(const char *msg) { fatal("panic: ", msg, (go_int)strlen(msg)); }

// panic.c's runtime.Error values: a *string behind the type.
const _type errorStringType = {.size = 16, .ptrdata = 8, .kind = kindString,
                               .name = {S("runtime.errorString")}};
void gopanic(const _type *t, void *data) {
    if (t == &errorStringType) {
        const GoString *s = data;
        char buf[200];
        snprintf(buf, sizeof buf, "runtime error: %.*s", (int)s->len, (const char *)s->str);
        fatal("panic: ", buf, (go_int)strlen(buf));
    }
    fatal("panic: ", "(non-string value)", 18);
}

// gopark: with a parkHook set, the hook plays "another goroutine" that runs
// while the current one is parked (hostedg switches to otherg for it, on
// the same m and p), as park_m would: unlockf first, then the hook, which
// must ready the parked g (a channel operation that completes the wait, or
// a close). Without a hook a parked g would never wake: that is a failure.
static g otherg;
void (*parkHook)(void *arg);
void *parkArg;

void gopark(bool (*unlockf)(g *, void *), void *lk, uint8_t reason) {
    g *gp = getg();
    if (gp->atomicstatus != _Grunning) throw("gopark: bad g status");
    void (*hook)(void *) = parkHook;
    if (hook == nil) throw("gopark: a hosted test would block forever (no parkHook)");
    parkHook = nil;   // one-shot
    gp->atomicstatus = _Gwaiting;
    gp->waitreason = reason;
    if (unlockf != nil && !unlockf(gp, lk)) {
        gp->atomicstatus = _Grunning;
        return;
    }
    otherg.m = gp->m;
    otherg.atomicstatus = _Grunning;
    hostedg = &otherg;
    hook(parkArg);
    hostedg = gp;
    if (gp->atomicstatus != _Grunnable) throw("gopark: nothing readied the parked g");
    gp->atomicstatus = _Grunning;
    gp->waitreason = waitReasonZero;
}

// goready records the gs it readies (they run when the test says so).
g *readied[64];
int nreadied;
void goready(g *gp) {
    if (gp->atomicstatus != _Gwaiting) throw("bad g->status in ready");
    if (nreadied == 64) throw("goready: too many");
    gp->atomicstatus = _Grunnable;
    readied[nreadied++] = gp;
}

void expectFatal(void (*fn)(void *), void *arg, const char *want) {
    jmp_buf jb;
    int32_t locks = hostm.locks;
    caught[0] = 0;
    if (setjmp(jb) == 0) {
        catcher = &jb;
        fn(arg);
        catcher = nil;
        check_fail(__FILE__, __LINE__, "expectFatal", "no fatal error, wanted \"%s\"", want);
    }
    catcher = nil;
    hostm.locks = locks;
    hostm.mallocing = 0;
    CHECKF(strstr(caught, want) != nil, "got \"%s\", wanted \"%s\"", caught, want);
}

void check_fail(const char *file, int line, const char *expr, const char *fmt, ...) {
    fprintf(stderr, "FAIL %s (seed %llu): %s:%d: %s", currentTest, (unsigned long long)testSeed,
            file, line, expr);
    if (fmt != nil) {
        va_list ap;
        va_start(ap, fmt);
        fputs(": ", stderr);
        vfprintf(stderr, fmt, ap);
        va_end(ap);
    }
    fputc('\n', stderr);
    exit(1);
}

// ---- what the collector and scheduler reach outside the files under test ----------
// systemstack: there is no g0 to switch to; the call runs where it is.
void systemstack(void (*fn)(void *), void *arg) { fn(arg); }

void timeNow(int64_t *sec, int32_t *nsec, int64_t *mono) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    *sec = ts.tv_sec;
    *nsec = (int32_t)ts.tv_nsec;
    *mono = nanotime();
}

// No test sets a finalizer or a timer, so there are no specials to mark or
// sweep and no timers to move (mfinal.c and time.c are not under test).
void markrootSpans(void (*scan)(go_uintptr), void (*scanblock)(go_uintptr, go_uintptr)) {}
void markrootFinq(void (*scanblock)(go_uintptr, go_uintptr)) {}
void sweepSpecials(mspan *s) {}
void moveTimers(p *pp, p *from) {}

// The run-queue test never starts a thread (one P, no wakep), and seeds
// nothing from AT_RANDOM.
void newosproc(m *mp) { throw("hosted: newosproc"); }
const uint8_t *startupRandomData GO_SYM("runtime.startupRandomData");

// ---- randomness ------------------------------------------------------------------------------
static uint64_t rndState;
uint64_t rnd(void) {
    uint64_t z = (rndState += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// ---- type descriptors ----------------------------------------------------------------------
static const uint8_t ptr1[] = {1}, ptr2[] = {3};
const _type tInt64 = {.size = 8, .align = 8, .kind = kindInt64, .equal = memequal64,
                      .hasher = memhash64, .name = {S("int64")}};
const _type tInt32 = {.size = 4, .align = 4, .kind = kindInt32, .equal = memequal32,
                      .hasher = memhash32, .name = {S("int32")}};
const _type tUint8 = {.size = 1, .align = 1, .kind = kindUint8, .equal = memequal8,
                      .hasher = memhash8, .name = {S("uint8")}};
const _type tString = {.size = 16, .ptrdata = 8, .align = 8, .kind = kindString, .equal = strequal,
                       .hasher = strhash, .gcdata = ptr1, .name = {S("string")}};
const _type tFloat64 = {.size = 8, .align = 8, .kind = kindFloat64, .equal = f64equal,
                        .hasher = f64hash, .name = {S("float64")}};
const _type tComplex128 = {.size = 16, .align = 8, .kind = kindComplex128, .equal = c128equal,
                           .hasher = c128hash, .name = {S("complex128")}};
const _type tEface = {.size = 16, .ptrdata = 16, .align = 8, .kind = kindInterface,
                      .equal = nilinterequal, .hasher = nilinterhash, .gcdata = ptr2,
                      .name = {S("interface {}")}};

_type makeType(go_uintptr size, uint64_t ptrmask, uint8_t *gcdataBuf) {
    go_uintptr words = size / 8, ptrdata = 0;
    for (go_uintptr i = 0; i < words && i < 64; i++) {
        if (i % 8 == 0) gcdataBuf[i / 8] = 0;
        if (ptrmask >> i & 1) { gcdataBuf[i / 8] |= (uint8_t)(1u << (i % 8)); ptrdata = (i + 1) * 8; }
    }
    return (_type){.size = size, .ptrdata = ptrdata, .align = 8, .kind = kindStruct,
                   .gcdata = gcdataBuf, .name = {S("main.T")}};
}

// The map tests leak C copies of string keys on purpose (Go strings are
// immutable, so a key's bytes must outlive the map); no leak checking.
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

// ---- main ---------------------------------------------------------------------------------------
static const struct { const char *name; void (*fn)(void); } tests[] = {
    {"sizeclasses", test_sizeclasses},
    {"malloc_canaries", test_malloc_canaries},
    {"malloc_spanof", test_malloc_spanof},
    {"malloc_asan", test_malloc_asan},
    {"gc_graph", test_gc_graph},
    {"gc_asan", test_gc_asan},
    {"map_model", test_map_model},
    {"map_iter", test_map_iter},
    {"map_special", test_map_special},
    {"map_churn", test_map_churn},
    {"map_nan_growth", test_map_nan_growth},
    {"chan_ring", test_chan_ring},
    {"chan_close", test_chan_close},
    {"chan_direct", test_chan_direct},
    {"select_nonblocking", test_select_nonblocking},
    {"select_lockorder", test_select_lockorder},
    {"chan_blocking", test_chan_blocking},
    {"select_blocking", test_select_blocking},
    {"runq", test_runq},
};
#define NTESTS (int)(sizeof tests / sizeof tests[0])

void crash_overflow(void);
void crash_use_after_free(void);

static void usage(FILE *f) {
    fprintf(f, "usage: hosted [--seed N] [--list] [TEST...]\n"
               "Runs the runtime's hosted tests (all, or those named), seeded with N (default 1).\n"
               "--crash overflow|uaf: make the access ASan must report (scripts/sanitize checks it)\n");
}

int main(int ac, char **av) {
    uint64_t seed = 1;
    void (*crash)(void) = nil;
    bool want[NTESTS] = {0}, any = false;
    for (int i = 1; i < ac; i++) {
        if (strcmp(av[i], "--seed") == 0 && i + 1 < ac) {
            char *end;
            seed = strtoull(av[++i], &end, 10);
            if (*end != 0) { fprintf(stderr, "hosted: bad seed %s\n", av[i]); return 2; }
        } else if (strcmp(av[i], "--crash") == 0 && i + 1 < ac) {
            i++;
            if (strcmp(av[i], "overflow") == 0) crash = crash_overflow;
            else if (strcmp(av[i], "uaf") == 0) crash = crash_use_after_free;
            else { usage(stderr); return 2; }
        } else if (strcmp(av[i], "--list") == 0) {
            for (int t = 0; t < NTESTS; t++) puts(tests[t].name);
            return 0;
        } else if (strcmp(av[i], "-h") == 0 || strcmp(av[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else {
            int t = 0;
            while (t < NTESTS && strcmp(tests[t].name, av[i]) != 0) t++;
            if (t == NTESTS) { fprintf(stderr, "hosted: no test %s\n", av[i]); usage(stderr); return 2; }
            want[t] = any = true;
        }
    }
    hostg.m = &hostm;
    hostg.atomicstatus = _Grunning;
    hostm.g0 = &hostg;
    hostm.curg = &hostg;
    hostm.p = &hostp;
    hostp.m = &hostm;
    hostp.status = _Prunning;
    hostm.fastrand[0] = (uint32_t)seed;
    hostm.fastrand[1] = (uint32_t)(seed >> 32) ^ 0x5eed;
    hostedg = &hostg;
    gcPercent = -1;   // collections only where a test asks (collect), from explicit roots
    gcHeapGoal = ~(uint64_t)0;
    mallocinit();
    runtimeInitTime = nanotime();

    if (crash != nil) {
        crash();
        fprintf(stderr, "hosted: the bad access was not reported\n");
        return 1;
    }
    int n = 0;
    for (int t = 0; t < NTESTS; t++) {
        if (any && !want[t]) continue;
        currentTest = tests[t].name;
        testSeed = seed;
        rndState = seed * 0x100000001b3ull + (uint64_t)t;
        int64_t t0 = nanotime();
        tests[t].fn();
        printf("ok   %-20s %7.1f ms\n", tests[t].name, (double)(nanotime() - t0) / 1e6);
        fflush(stdout);
        n++;
    }
    printf("PASS %d tests (seed %llu)\n", n, (unsigned long long)seed);
    return 0;
}
