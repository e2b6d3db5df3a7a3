// traceback.c: goroutine headers for fatal reports. Go: runtime/traceback.go.
//
// No frames yet: there is no symbolizer (no pclntab). The headers are gc's.
#include "runtime.h"

static const char *const gStatusStrings[] = {
    [_Gidle] = "idle", [_Grunnable] = "runnable", [_Grunning] = "running",
    [_Gsyscall] = "syscall", [_Gwaiting] = "waiting", [_Gdead] = "dead",
    [_Gcopystack] = "copystack", [_Gpreempted] = "preempted",
};

static const char *const waitReasonStrings[] = {
    [waitReasonZero] = "",
    [waitReasonGCAssistMarking] = "GC assist marking",
    [waitReasonIOWait] = "IO wait",
    [waitReasonChanReceiveNilChan] = "chan receive (nil chan)",
    [waitReasonChanSendNilChan] = "chan send (nil chan)",
    [waitReasonDumpingHeap] = "dumping heap",
    [waitReasonGarbageCollection] = "garbage collection",
    [waitReasonGarbageCollectionScan] = "garbage collection scan",
    [waitReasonPanicWait] = "panicwait",
    [waitReasonSelect] = "select",
    [waitReasonSelectNoCases] = "select (no cases)",
    [waitReasonGCAssistWait] = "GC assist wait",
    [waitReasonGCSweepWait] = "GC sweep wait",
    [waitReasonGCScavengeWait] = "GC scavenge wait",
    [waitReasonChanReceive] = "chan receive",
    [waitReasonChanSend] = "chan send",
    [waitReasonFinalizerWait] = "finalizer wait",
    [waitReasonForceGCIdle] = "force gc (idle)",
    [waitReasonSemacquire] = "semacquire",
    [waitReasonSleep] = "sleep",
    [waitReasonSyncCondWait] = "sync.Cond.Wait",
    [waitReasonTimerGoroutineIdle] = "timer goroutine (idle)",
    [waitReasonTraceReaderBlocked] = "trace reader (blocked)",
    [waitReasonWaitForGCCycle] = "wait for GC cycle",
    [waitReasonGCWorkerIdle] = "GC worker (idle)",
    [waitReasonPreempted] = "preempted",
    [waitReasonDebugCall] = "debug call",
};

// goroutineheader: "goroutine N [status]:", the wait reason in place of
// "waiting" when there is one. No ", locked to thread": the
// only lock so far is runtime.main's during init, which gc's deferred
// unlockOSThread drops before the report is printed.
void goroutineheader(g *gp) {
    uint32_t st = gp->atomicstatus;
    const char *status = "???";
    if (st < sizeof gStatusStrings / sizeof gStatusStrings[0] && gStatusStrings[st] != nil)
        status = gStatusStrings[st];
    if (st == _Gwaiting && gp->waitreason != waitReasonZero &&
        gp->waitreason < sizeof waitReasonStrings / sizeof waitReasonStrings[0])
        status = waitReasonStrings[gp->waitreason];
    printcstr("goroutine ");
    printint(gp->goid);
    printcstr(" [");
    printcstr(status);
    printcstr("]:\n");
}

// tracebackothers: the header of every live goroutine other than me, each
// after a blank line, in creation order.
void tracebackothers(g *me) {
    for (g *gp = allgs; gp != nil; gp = gp->alllink) {
        if (gp == me || gp->atomicstatus == _Gdead || isSystemGoroutine(gp)) continue;
        printcstr("\n");
        goroutineheader(gp);
    }
}
