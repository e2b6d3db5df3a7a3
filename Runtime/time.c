// time.c: what package time reaches in the runtime by //go:linkname.
// Go: runtime/time.go, timestub.go. There are no timers yet (time.After,
// tickers, AfterFunc stop with "fatal error: swiftgo: … is not implemented
// yet"); time.Sleep lets other goroutines run and sleeps the thread while
// none can.
#include "runtime.h"

typedef struct { int64_t sec, nsec; } timespec;
int32_t clock_gettime(int32_t clock, timespec *ts) GO_SYM("runtime.clock_gettime");
int32_t nanosleep(const timespec *ts) GO_SYM("runtime.nanosleep");

// time.runtimeNano: the monotonic clock, in nanoseconds.
int64_t time_runtimeNano(void) GO_SYM("time.runtimeNano");
int64_t time_runtimeNano(void) { return nanotime(); }

// time.now's three results, through pointers: the compiler's body for
// time.now (Intrinsics.swift) calls this and returns them as one value.
void timeNow(int64_t *sec, int32_t *nsec, int64_t *mono) {
    timespec ts;
    clock_gettime(0 /* CLOCK_REALTIME */, &ts);
    *sec = ts.sec;
    *nsec = (int32_t)ts.nsec;
    *mono = nanotime();
}

// time.Sleep: yield to runnable goroutines; when the current one comes
// straight back, sleep the thread in short steps until the deadline.
void time_Sleep(int64_t ns) GO_SYM("time.Sleep");
void time_Sleep(int64_t ns) {
    if (ns <= 0) return;
    int64_t deadline = nanotime() + ns;
    for (int64_t now = nanotime(); now < deadline; now = nanotime()) {
        Gosched();
        int64_t left = deadline - nanotime();
        if (left <= 0) break;
        if (left > 1000000) left = 1000000;   // re-check others every millisecond
        timespec ts = { 0, left };
        nanosleep(&ts);
    }
}
