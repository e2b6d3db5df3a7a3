// smoke.c: stands in for what swiftgo will emit, to test the runtime
// without a compiler. Freestanding; links only against the runtime archive.
//
// It defines main..inittask (depending on smoke/dep..inittask and on a
// package without init functions) and main.main, which makes the calls the
// compiler makes for:
//     println(42, -7, 1.5, true, "hello", a+b)
//     println(int64(math.MinInt64), uint64(math.MaxUint64), false)
//     println(0.0, -0.0, -1.5, 1e100, 1e-100, 123456789.0, 0.1, float32(0.1),
//             9.9999999, math.MaxFloat64, math.SmallestNonzeroFloat64)
//     println(math.NaN(), math.Inf(1), math.Inf(-1))
//     println(complex(1, 2), complex(-0.5, math.Inf(1)))
//     print("no newline", 1, 2, "\n")
//     println(a < b, a == b)
// (the same program run by gc gives expected.out's first lines), then
// exercises printhex/printpointer/printslice/printeface/cmpstring, and
// goroutines: `go f(i)` closures, runtime.Gosched, goroutine exit and reuse,
// gopark/goready, and callee-saved registers surviving context switches.
#include "swiftgo_abi.h"

void Gosched(void) GO_SYM("runtime.Gosched");
typedef struct funcval { void (*fn)(void); } funcval;
void newproc(const funcval *fn) GO_SYM("runtime.newproc");
typedef struct g g;
void gopark(bool (*unlockf)(g *, void *), void *lock, uint8_t reason) GO_SYM("runtime.gopark");
void goready(g *gp) GO_SYM("runtime.goready");

#define STR(lit) (const uint8_t *)(lit), (go_int)(sizeof(lit) - 1)

// ---- package init tasks ------------------------------------------------------

static void dep_init0(void) {
    printlock();
    printstring(STR("init: dep"));
    printnl();
    printunlock();
    // Allocate, so inittrace reports nonzero bytes/allocs for smoke/dep.
    concatstring2(STR("x"), STR("y"));
    newobject(&(const _type){.size = 100, .kind = kindArray, .name = {STR("[100]uint8")}});
}

static void main_init0(void) {
    printlock();
    printstring(STR("init: main"));
    printnl();
    printunlock();
}

// Go's init task layout: {state, ndeps, nfns, pkgpath, deps[], fns[]}.
struct task1 { initTask t; void *slots[1]; };
struct task3 { initTask t; void *slots[3]; };

struct task1 dep_inittask GO_SYM("smoke/dep..inittask") = {
    {0, 0, 1, {STR("smoke/dep")}}, {(void *)dep_init0}};
struct task1 noinit_inittask GO_SYM("smoke/noinit..inittask") = {
    {0, 1, 0, {STR("smoke/noinit")}}, {&dep_inittask}};
struct task3 main_inittask_def GO_SYM("main..inittask") = {
    {0, 2, 1, {STR("main")}}, {&dep_inittask, &noinit_inittask, (void *)main_init0}};

// ---- goroutines -------------------------------------------------------------

static volatile go_int done;

// A closure record {fn, captured i}: the runtime passes it in LLVM's nest
// register (r10 / x18), which plain C cannot name, so a naked trampoline
// moves it into the first argument.
typedef struct { funcval fv; go_int i; go_int *sum; } closure;
void goroutine_body(closure *c) __asm__("main.main.func1.body");
__attribute__((naked)) void goroutine_tramp(void) {
#if defined(__x86_64__)
    __asm__("movq %r10, %rdi\n\tjmp main.main.func1.body");
#else
    __asm__("mov x0, x18\n\tb main.main.func1.body");
#endif
}
void goroutine_body(closure *c) {
    *c->sum += c->i;
    if (c->i % 2 == 0) Gosched();   // switch away in the middle, too
    done++;
}

// spawn starts n goroutines adding 0..n-1 into *sum and waits for them.
static void spawn(go_int n, go_int *sum) {
    done = 0;
    for (go_int i = 0; i < n; i++) {
        closure *c = newobject(&(const _type){.size = sizeof(closure), .kind = kindStruct,
                                             .name = {STR("struct{...}")}});
        c->fv.fn = goroutine_tramp;
        c->i = i;
        c->sum = sum;
        newproc(&c->fv);
    }
    while (done < n) Gosched();
}

// gopark/goready: a goroutine parks itself (unlockf publishes its g),
// main readies it; a park whose unlockf refuses resumes at once.
static g *parked;
static bool publish(g *gp, void *lock) { *(g **)lock = gp; return true; }
static bool refuse(g *gp, void *lock) { (void)gp; (void)lock; return false; }
static void parker(void) {
    gopark(refuse, NULL, 14);
    gopark(publish, &parked, 14 /* waitReasonChanReceive */);
    printlock();
    printstring(STR("parker: readied")); printnl();
    printunlock();
    done = 1;
}
static const funcval parkerfv = {parker};

static go_int opaque(go_int x) { __asm__ volatile("" : "+r"(x)); return x; }

// ---- main.main ----------------------------------------------------------------

void main_main(void) {
    volatile double zero = 0, nzero = -zero, big = 1e308;
    double inf = big * 10, nan = inf - inf;
    GoString a = {STR("foo")}, b = {STR("bar")};

    printlock();
    printint(42); printsp(); printint(-7); printsp(); printfloat(1.5); printsp();
    printbool(true); printsp(); printstring(STR("hello")); printsp();
    GoString ab = concatstring2(a.str, a.len, b.str, b.len);
    printstring(ab.str, ab.len); printnl();
    printunlock();

    printlock();
    printint(INT64_MIN); printsp(); printuint(UINT64_MAX); printsp(); printbool(false); printnl();
    printunlock();

    printlock();
    printfloat(zero); printsp(); printfloat(nzero); printsp(); printfloat(-1.5); printsp();
    printfloat(1e100); printsp(); printfloat(1e-100); printsp(); printfloat(123456789.0); printsp();
    printfloat(0.1); printsp(); printfloat((double)0.1f); printsp(); printfloat(9.9999999); printsp();
    printfloat(1.79769313486231570814527423731704356798070e+308); printsp();
    printfloat(4.9406564584124654417656879286822137236505980e-324); printnl();
    printunlock();

    printlock();
    printfloat(nan); printsp(); printfloat(inf); printsp(); printfloat(-inf); printnl();
    printunlock();

    printlock();
    printcomplex(1, 2); printsp(); printcomplex(-0.5, inf); printnl();
    printunlock();

    printlock();
    printstring(STR("no newline")); printint(1); printint(2); printstring(STR("\n"));
    printunlock();

    printlock();
    printbool(cmpstring(a.str, a.len, b.str, b.len) < 0); printsp();
    printbool(a.len == b.len && memequal(a.str, b.str, (go_uintptr)a.len)); printnl();
    printunlock();

    // Formats with fixed values (gc would print real addresses).
    printlock();
    printhex(0); printsp(); printhex(0xdeadbeef); printsp(); printpointer((void *)0x1000); printsp();
    printslice((void *)0xc000010000, 3, 5); printsp(); printeface((void *)0x10, (void *)0x20); printnl();
    printint(cmpstring(STR("abc"), STR("abd"))); printsp();
    printint(cmpstring(STR("abd"), STR("abc"))); printsp();
    printint(cmpstring(STR("abc"), STR("abc"))); printsp();
    printint(cmpstring(STR("ab"), STR("abc"))); printsp();
    printint(cmpstring(STR("abc"), STR("ab"))); printnl();
    printunlock();

    // Goroutines: 300 overflows the 256-slot local queue into the global
    // one; the second round reuses the dead gs and their stacks.
    go_int k1 = opaque(11), k2 = opaque(22), k3 = opaque(33), k4 = opaque(44), k5 = opaque(55);
    double f1 = (double)opaque(3) * 0.5, f2 = (double)opaque(5) * 0.25;
    go_int sum = 0;
    spawn(300, &sum);
    printlock();
    printstring(STR("goroutines: ")); printint(done); printsp(); printint(sum); printnl();
    printunlock();
    sum = 0;
    spawn(300, &sum);
    printlock();
    printstring(STR("goroutines again: ")); printint(done); printsp(); printint(sum); printnl();
    printunlock();

    done = 0;
    newproc(&parkerfv);
    while (parked == NULL) Gosched();
    printlock();
    printstring(STR("main: parker is parked, done=")); printint(done); printnl();
    printunlock();
    goready(parked);
    while (!done) Gosched();

    printlock();
    printstring(STR("callee-saved: ")); printint(k1 + k2 * 10 + k3 * 100 + k4 * 1000 + k5 * 10000);
    printsp(); printfloat(f1 + f2); printnl();
    printunlock();
}
