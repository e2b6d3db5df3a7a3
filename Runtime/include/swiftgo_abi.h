// swiftgo_abi.h: the contract between code compiled by swiftgo and its runtime.
//
// Everything the compiler relies on is here: value layouts, the fixed parts
// of g, type descriptors, the init task, and every runtime entry point that
// compiled code calls. The compiler's declarations are checked against this
// file by a test (Tests/SwiftGoTests/ABITests.swift), so it is the single
// source of truth. Symbols keep Go's spelling through asm labels.
//
// Calling convention between compiled Go and the runtime: the platform C ABI.
// Strings and slices are passed to runtime entry points as separate scalar
// arguments (ptr, len[, cap]); a string result is returned as GoString
// (two registers on both x86-64 and arm64).
#ifndef SWIFTGO_ABI_H
#define SWIFTGO_ABI_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

#define GO_SYM(name) __asm__(name)
#define GO_NORETURN __attribute__((noreturn))

typedef intptr_t  go_int;
typedef uintptr_t go_uintptr;

// ---- Values ---------------------------------------------------------------

typedef struct { const uint8_t *str; go_int len; } GoString;
typedef struct { void *array; go_int len; go_int cap; } GoSlice;

// ---- Type descriptors (the parts of Go's runtime._type we keep) ------------

// Kinds, numbered as reflect.Kind.
enum {
    kindBool = 1, kindInt, kindInt8, kindInt16, kindInt32, kindInt64,
    kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr,
    kindFloat32, kindFloat64, kindComplex64, kindComplex128,
    kindArray, kindChan, kindFunc, kindInterface, kindMap, kindPointer,
    kindSlice, kindString, kindStruct, kindUnsafePointer,
};

// tflag bits.
enum {
    tflagNamed = 1 << 2,   // the type has a name (main.T, int, ...)
};

typedef struct _type {
    go_uintptr size;
    go_uintptr ptrdata;       // bytes of prefix that can hold pointers
    uint32_t   hash;
    uint8_t    tflag;
    uint8_t    align;
    uint8_t    fieldAlign;
    uint8_t    kind;
    // equal(a, b) for comparable types, else NULL.
    bool     (*equal)(const void *, const void *);
    const uint8_t *gcdata;    // pointer bitmap, one bit per word of ptrdata
    GoString   name;          // as %T prints it: "int", "main.T", "[]string"
    const struct _type *elem; // pointer, slice, array, chan, map value: element type
} _type;

// ---- Goroutine descriptor: the fields compiled code touches ---------------

// g lives at a fixed offset from the thread pointer on both architectures:
// x86-64 `movq %fs:8, %reg`; arm64 `mrs x, tpidr_el0; ldr x, [x, #8]`.
#define GO_TLS_G_OFFSET 8

// Offsets into struct g (runtime2.h) that compiled code uses.
#define GO_G_STACK_LO      0
#define GO_G_STACK_HI      8
#define GO_G_STACKGUARD0   16

// ---- Package initialization ----------------------------------------------

// One per package, emitted as the symbol `<pkgpath>..inittask` (Go's name).
// Go 1.19's layout plus the package path, which inittrace prints:
//   { state, ndeps, nfns, pkgpath, deps[ndeps], fns[nfns] }
typedef struct initTask {
    go_uintptr state;   // 0 = not started, 1 = in progress, 2 = done
    go_uintptr ndeps;
    go_uintptr nfns;
    GoString   pkgpath;
    // followed by: struct initTask *deps[ndeps]; void (*fns[nfns])(void);
} initTask;

// ---- Symbols the compiler emits and the runtime calls ---------------------

extern initTask main_inittask GO_SYM("main..inittask");
void main_main(void) GO_SYM("main.main");

// ---- Entry points compiled code calls ---------------------------------------

// Builtin print/println (print.c): gc's formats, to stderr, under printlock.
void printlock(void) GO_SYM("runtime.printlock");
void printunlock(void) GO_SYM("runtime.printunlock");
void printstring(const uint8_t *s, go_int n) GO_SYM("runtime.printstring");
void printint(int64_t v) GO_SYM("runtime.printint");
void printuint(uint64_t v) GO_SYM("runtime.printuint");
void printhex(uint64_t v) GO_SYM("runtime.printhex");
void printfloat(double v) GO_SYM("runtime.printfloat");
void printcomplex(double re, double im) GO_SYM("runtime.printcomplex");
void printbool(bool v) GO_SYM("runtime.printbool");
void printpointer(const void *p) GO_SYM("runtime.printpointer");
void printslice(const void *array, go_int len, go_int cap) GO_SYM("runtime.printslice");
void printeface(const _type *t, const void *data) GO_SYM("runtime.printeface");
void printsp(void) GO_SYM("runtime.printsp");
void printnl(void) GO_SYM("runtime.printnl");

// Strings (string.c).
GoString concatstring2(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen)
    GO_SYM("runtime.concatstring2");
go_int cmpstring(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen)
    GO_SYM("runtime.cmpstring");
bool memequal(const void *a, const void *b, go_uintptr size) GO_SYM("runtime.memequal");

// Allocation (malloc.c). Memory is zeroed when needzero is true.
void *mallocgc(go_uintptr size, const _type *typ, bool needzero) GO_SYM("runtime.mallocgc");
void *newobject(const _type *typ) GO_SYM("runtime.newobject");

// Panics (panic.c). gopanic takes an interface value (type, data).
GO_NORETURN void gopanic(const _type *t, void *data) GO_SYM("runtime.gopanic");
GO_NORETURN void panicIndex(go_int x, go_int y) GO_SYM("runtime.panicIndex");
GO_NORETURN void panicdivide(void) GO_SYM("runtime.panicdivide");
GO_NORETURN void panicshift(void) GO_SYM("runtime.panicshift");
GO_NORETURN void panicmem(void) GO_SYM("runtime.panicmem");
// s[x:y] with y > len (Alen) or y > cap (Acap), and s[x:y] with x > y (B).
GO_NORETURN void panicSliceAlen(go_int x, go_int y) GO_SYM("runtime.panicSliceAlen");
GO_NORETURN void panicSliceAcap(go_int x, go_int y) GO_SYM("runtime.panicSliceAcap");
GO_NORETURN void panicSliceB(go_int x, go_int y) GO_SYM("runtime.panicSliceB");

#endif
