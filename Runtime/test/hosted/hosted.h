// hosted.h: the hosted test harness of the runtime (scripts/sanitize).
//
// The runtime's data structures are compiled with -DSWIFTGO_HOSTED into an
// ordinary glibc program under AddressSanitizer and UBSan (runtime.h says
// what SWIFTGO_HOSTED changes) and driven here through their internal C
// APIs, without compiled Go code, goroutines or the scheduler: one g, one m,
// one p (hosted.c). Each test runs randomized operation sequences checked
// against a simple reference model; a failed check prints the test, the
// seed and the operation, and exits 1. ASan/UBSan reports abort the run.
#ifndef HOSTED_H
#define HOSTED_H

#include "malloc.h"
#include <setjmp.h>

// ---- assertions ------------------------------------------------------------------
void check_fail(const char *file, int line, const char *expr, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 4, 5)));
#define CHECK(cond) \
    do { if (!(cond)) check_fail(__FILE__, __LINE__, #cond, nil); } while (0)
#define CHECKF(cond, ...) \
    do { if (!(cond)) check_fail(__FILE__, __LINE__, #cond, __VA_ARGS__); } while (0)
#define CHECK_EQ(a, b) \
    do { long long a_ = (long long)(a), b_ = (long long)(b); \
         if (a_ != b_) check_fail(__FILE__, __LINE__, #a " == " #b, "%lld != %lld", a_, b_); } while (0)

// ---- randomness: the test's own generator (splitmix64), seeded per test ---------
uint64_t rnd(void);
static inline uint64_t rndn(uint64_t n) { return n == 0 ? 0 : rnd() % n; }
extern uint64_t testSeed;

// ---- the environment (hosted.c) ----------------------------------------------------
// Runs fn(arg) expecting the runtime to throw or panic with a message
// containing want; fails the test otherwise.
void expectFatal(void (*fn)(void *), void *arg, const char *want);
// gopark runs parkHook(parkArg) once, as another goroutine, while the
// current g is parked (hosted.c); it must ready the parked g.
extern void (*parkHook)(void *arg);
extern void *parkArg;
// goready's record: the gs readied since the last reset (chan tests).
extern g *readied[64];
extern int nreadied;

// Type descriptors for the tests (hosted.c).
extern const _type tInt64, tInt32, tUint8, tString, tFloat64, tComplex128, tEface;
// A type of size bytes whose words are pointers where mask says (bit i: word i).
_type makeType(go_uintptr size, uint64_t ptrmask, uint8_t *gcdataBuf);

// ---- collection with explicit roots (t_gc.c) ----------------------------------------
// Marks from the given roots only (no data/bss or stack scan), then sweeps
// the whole heap, exactly as gcRun does between stop and start the world.
void collect(void *const *roots, int nroots);

// ---- the tests ---------------------------------------------------------------------------
void test_sizeclasses(void);
void test_malloc_canaries(void);
void test_malloc_spanof(void);
void test_malloc_asan(void);
void test_gc_graph(void);
void test_gc_asan(void);
void test_map_model(void);
void test_map_iter(void);
void test_map_special(void);
void test_map_churn(void);
void test_map_nan_growth(void);
void test_chan_ring(void);
void test_chan_close(void);
void test_chan_direct(void);
void test_select_nonblocking(void);
void test_select_lockorder(void);
void test_chan_blocking(void);
void test_runq(void);
void test_select_blocking(void);

#endif
