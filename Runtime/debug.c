// debug.c: the runtime package's Go API that the C runtime implements
// directly (Runtime/go/runtime declares these functions without bodies).
// Go: runtime/debug.go, stubs.go, mstats.go, mfinal.go, extern.go.
#include "runtime.h"
#include "malloc.h"

extern g *allgs;

// NumGoroutine: goroutines that exist now (not dead), without the
// runtime's own (the finalizer goroutine; gc's sched.ngsys).
go_int NumGoroutine(void) GO_SYM("runtime.NumGoroutine");
go_int NumGoroutine(void) {
    go_int n = 0;
    for (g *gp = allgs; gp != nil; gp = gp->alllink) {
        if (gp->atomicstatus != _Gdead && !isSystemGoroutine(gp)) n++;
    }
    return n;
}

go_int NumCPU(void) GO_SYM("runtime.NumCPU");
go_int NumCPU(void) { return ncpu; }

// KeepAlive only has to be a call the compiler cannot see through.
void KeepAlive(const void *type, const void *data) GO_SYM("runtime.KeepAlive");
void KeepAlive(const void *type, const void *data) { __asm__ volatile("" ::"r"(type), "r"(data) : "memory"); }

// With one M, every goroutine already runs on the same OS thread.
void LockOSThread(void) GO_SYM("runtime.LockOSThread");
void LockOSThread(void) {}
void UnlockOSThread(void) GO_SYM("runtime.UnlockOSThread");
void UnlockOSThread(void) {}

// ReadMemStats: MemStats has Go's layout (runtime.h), as the overlay's.
void ReadMemStats(MemStats *m) GO_SYM("runtime.ReadMemStats");
void ReadMemStats(MemStats *m) { readmemstats(m); }

GoString Version(void) GO_SYM("runtime.Version");
GoString Version(void) { return (GoString){ (const uint8_t *)"go1.19", 6 }; }
