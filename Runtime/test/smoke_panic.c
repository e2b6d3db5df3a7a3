// smoke_panic.c: fatal paths. The number of command-line arguments picks
// the case, like the gc program whose output panic.expected records:
//   1 panic("boom")          2 s[5] (len 3)          3 n / 0
//   4 nil dereference        5 panic(main.T(5))      6 panic(main.S("hi"))
//   7 panic(main.C(1+2i))    8 panic(&main.P{})      9 s[:10] (cap 3)
//  10 s[10:1]               11 s[-1]                12 panic(1.5)
//  13 1 << -1               14 s[:5] of a string (len 3)
//  15 runtime.throw         16 panic in a package init function
//  17 every goroutine blocked (gc: `<-make(chan int)` in main)
#include "swiftgo_abi.h"

extern int32_t argc GO_SYM("runtime.argc");
GO_NORETURN void throw(const char *s) GO_SYM("runtime.throw");
typedef struct g g;
void gopark(bool (*unlockf)(g *, void *), void *lock, uint8_t reason) GO_SYM("runtime.gopark");

#define STR(lit) (const uint8_t *)(lit), (go_int)(sizeof(lit) - 1)

static const _type tString = {.size = 16, .kind = kindString, .tflag = tflagNamed, .name = {STR("string")}};
static const _type tFloat64 = {.size = 8, .kind = kindFloat64, .tflag = tflagNamed, .name = {STR("float64")}};
static const _type tT = {.size = 8, .kind = kindInt, .tflag = tflagNamed, .name = {STR("main.T")}};
static const _type tS = {.size = 16, .kind = kindString, .tflag = tflagNamed, .name = {STR("main.S")}};
static const _type tC = {.size = 16, .kind = kindComplex128, .tflag = tflagNamed, .name = {STR("main.C")}};
static const _type tP = {.size = 8, .kind = kindStruct, .tflag = tflagNamed, .name = {STR("main.P")}};
static const _type tPtrP = {.size = 8, .kind = kindPointer, .name = {STR("*main.P")}, .elem = &tP};

static void main_init0(void) {
    if (argc == 16) {
        static GoString s = {STR("in init")};
        gopanic(&tString, &s);
    }
}

struct task1 { initTask t; void *slots[1]; };
struct task1 main_inittask_def GO_SYM("main..inittask") = {
    {0, 0, 1, {STR("main")}}, {(void *)main_init0}};

void main_main(void) {
    static GoString boom = {STR("boom")}, hi = {STR("hi")};
    static go_int five = 5;
    static double onefive = 1.5, c12[2] = {1, 2};
    switch (argc) {
    case 1: gopanic(&tString, &boom);
    case 2: panicIndex(5, 3);
    case 3: panicdivide();
    case 4: panicmem();
    case 5: gopanic(&tT, &five);
    case 6: gopanic(&tS, &hi);
    case 7: gopanic(&tC, c12);
    case 8: gopanic(&tPtrP, newobject(&tP));
    case 9: panicSliceAcap(10, 3);
    case 10: panicSliceB(10, 1);
    case 11: panicIndex(-1, 3);
    case 12: gopanic(&tFloat64, &onefive);
    case 13: panicshift();
    case 14: panicSliceAlen(5, 3);
    case 15: throw("smoke test throw");
    case 17: gopark(NULL, NULL, 14 /* waitReasonChanReceive */);
    }
}
