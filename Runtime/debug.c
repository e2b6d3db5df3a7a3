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

// ---- runtime/debug's hooks (Go: rdebug.go, proc.go, debug.go) ----------------

// setMaxStack: goroutine stacks are fixed 64 KiB segments today, so the
// limit is only recorded (gc's default: 1 GB on 64-bit systems).
static go_int maxstacksize = 1000000000;
go_int setMaxStack(go_int in) GO_SYM("runtime/debug.setMaxStack");
go_int setMaxStack(go_int in) {
    go_int out = maxstacksize;
    maxstacksize = in;
    return out;
}

// setMaxThreads: the limit on Ms (sched.maxmcount, checked by mReserveID).
go_int setMaxThreads(go_int in) GO_SYM("runtime/debug.setMaxThreads");
go_int setMaxThreads(go_int in) {
    go_int out = sched.maxmcount;
    sched.maxmcount = in > 0x7fffffff ? 0x7fffffff : (int32_t)in;
    return out;
}

// setPanicOnFault: recorded per goroutine in gc; faults here are always
// nil dereferences (panicmem), so the setting has no effect yet.
static bool panicOnFault;
bool setPanicOnFault(bool in) GO_SYM("runtime/debug.setPanicOnFault");
bool setPanicOnFault(bool in) {
    bool out = panicOnFault;
    panicOnFault = in;
    return out;
}

// modinfo: no module information is embedded (debug.ReadBuildInfo: false).
GoString modinfo(void) GO_SYM("runtime/debug.modinfo");
GoString modinfo(void) { return (GoString){nil, 0}; }
