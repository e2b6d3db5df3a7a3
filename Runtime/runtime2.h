// runtime2.h: the scheduler's core structures (g, m, p, schedt, gobuf),
// shaped like Go's runtime/runtime2.go.
//
// The first part is plain #defines so the assembly files can include it:
// the byte offsets that gogo/mcall/rt0_go use. The C part below checks
// every offset with _Static_assert, so the two can never drift apart.
// The fields compiled code reads (stack bounds, stackguard0) are fixed by
// include/swiftgo_abi.h and asserted here too.
#ifndef RUNTIME2_H
#define RUNTIME2_H

// ---- offsets shared with assembly ------------------------------------------
#define G_STACK_LO      0
#define G_STACK_HI      8
#define G_STACKGUARD0   16
#define G_STACKGUARD1   24
#define G_M             48
#define G_SCHED         56
#define GOBUF_SP        0
#define GOBUF_PC        8
#define GOBUF_G         16
#define GOBUF_CTXT      24
#define GOBUF_RET       32
#define GOBUF_LR        40
#define GOBUF_BP        48
#define M_TLS           0       // m.tls[]: the thread's TLS control block
#define M_G0            64
#define M_CURG          72
#define TLS_G           8       // == GO_TLS_G_OFFSET in swiftgo_abi.h

// STACK_GUARD (Go's _StackGuard): how far above stack.lo the prologue check
// trips. g0 and every goroutine get stackguard0 = lo + STACK_GUARD. It is
// the budget of everything that may run below the guard without a check:
// the runtime's C code called from Go, and a checked function's own frame
// (see stack.c's header for the numbers).
#define STACK_GUARD     928
// stackguard0 = STACK_PREEMPT (with g.preempt set) asks a running goroutine
// to stop at its next call or loop back edge (Go's stackPreempt; preempt.c).
#define STACK_PREEMPT   GO_STACK_PREEMPT
// A goroutine's first stack segment (Go's _StackMin), and g0's stack carved
// from the OS stack.
#define STACK_MIN       2048
#define G0_STACK_SIZE   (64 * 1024)
// stktop: the record at the top of every goroutine stack segment (stack.c);
// the offsets asm uses.
#define STKTOP_PREVSP   16
#define STKTOP_SIZE     48

#ifndef __ASSEMBLER__
#include "swiftgo_abi.h"

typedef struct g g;
typedef struct m m;
typedef struct p p;
typedef struct timer timer;   // time.c

// Goroutine status values (_Gidle ... as in runtime2.go).
enum {
    _Gidle = 0, _Grunnable = 1, _Grunning = 2, _Gsyscall = 3,
    _Gwaiting = 4, _Gmoribund_unused = 5, _Gdead = 6, _Genqueue_unused = 7,
    _Gcopystack = 8, _Gpreempted = 9,
};

// Why a goroutine is _Gwaiting (g.waitreason); tracebacks print the
// string (traceback.c) in place of "waiting". Go 1.19's list and order.
enum {
    waitReasonZero, waitReasonGCAssistMarking, waitReasonIOWait,
    waitReasonChanReceiveNilChan, waitReasonChanSendNilChan,
    waitReasonDumpingHeap, waitReasonGarbageCollection,
    waitReasonGarbageCollectionScan, waitReasonPanicWait, waitReasonSelect,
    waitReasonSelectNoCases, waitReasonGCAssistWait, waitReasonGCSweepWait,
    waitReasonGCScavengeWait, waitReasonChanReceive, waitReasonChanSend,
    waitReasonFinalizerWait, waitReasonForceGCIdle, waitReasonSemacquire,
    waitReasonSleep, waitReasonSyncCondWait, waitReasonTimerGoroutineIdle,
    waitReasonTraceReaderBlocked, waitReasonWaitForGCCycle,
    waitReasonGCWorkerIdle, waitReasonPreempted, waitReasonDebugCall,
};

// P status values.
enum { _Pidle = 0, _Prunning = 1, _Psyscall = 2, _Pgcstop = 3, _Pdead = 4 };

typedef struct stack { go_uintptr lo, hi; } stack;

// gobuf: a suspended execution context. gogo restores sp/bp/ctxt and jumps
// to pc (with lr in the link register on arm64). Callee-saved registers of
// the C ABI are not here: mcall pushes them on the goroutine's own stack and
// points pc at code that pops them (see asm_<arch>.S).
typedef struct gobuf {
    go_uintptr sp;
    go_uintptr pc;
    g         *g;
    void      *ctxt;   // closure context, restored into LLVM's nest register
    go_uintptr ret;
    go_uintptr lr;
    go_uintptr bp;
} gobuf;

// funcval: a Go func value. The first word is the code pointer; a closure's
// captured variables follow. newproc passes the funcval itself as ctxt.
typedef struct funcval { void (*fn)(void); } funcval;

struct g {
    stack      stack;        // [lo, hi)
    go_uintptr stackguard0;  // compared by the function prologue
    go_uintptr stackguard1;  // compared by runtime C code on g0 (later)
    struct _panic *_panic;   // innermost panic (panic.c)
    struct _defer *_defer;   // innermost deferred call (panic.c)
    m         *m;            // current m
    gobuf      sched;
    uint32_t   atomicstatus;
    uint32_t   waitreason;
    int64_t    goid;
    g         *schedlink;    // run queue / free list link
    g         *alllink;      // allgs list (Go keeps a slice; a list needs no realloc)
    const funcval *startfn;  // for tracebacks later: the go statement's function
    m         *lockedm;      // runtime.main holds its thread during package init
    // The signal behind a runtime-error panic, for the report's
    // "[signal ...]" line: signo, si_code, fault address, faulting pc.
    uint32_t   sig;
    go_uintptr sigcode0;
    go_uintptr sigcode1;
    go_uintptr sigpc;
    // Channels (chan.c, select.c): the sudogs this g is blocked on (a
    // select's, in lock order through waitlink); param is the sudog that
    // completed the operation when the g is readied; selectDone is won
    // (0 -> 1) by the first channel operation that picks this select.
    struct sudog *waiting;
    void      *param;
    uint32_t   selectDone;
    timer     *timer;        // time.Sleep's timer, made by the first sleep (time.c)
    // Segmented stack (stack.c): a free segment kept for the next
    // morestack (a call loop at a segment boundary must not thrash), and
    // the segments a recovered panic abandoned, freed at the next safe point.
    stack      stackcache;
    struct stktop *stackdrop;
    // The function whose stack check failed: its slow path stores itself
    // here for the .more helper it shares with every function of its
    // signature (StackCheck.swift), which passes it on to morestack_call.
    void      *morefn;
    // Preemption (preempt.c): set with stackguard0 = STACK_PREEMPT by
    // sysmon or the GC; the next prologue check or loop poll yields.
    bool       preempt;
    // In a system call (_Gsyscall): the sp from which the GC scans the
    // stack, with the callee-saved registers pushed below the caller's frame.
    go_uintptr syscallsp;
};

// stktop: at the top of each stack segment (g.stack.hi points at it): the
// segment below in the chain and where its live part starts.
typedef struct stktop {
    stack      prev;       // the previous segment's usable bounds; lo == 0 in the first
    go_uintptr prevsp;     // sp on the previous segment at the switch (the GC scans from it)
    go_uintptr size;       // this segment's whole size, stktop included
    go_uintptr total;      // bytes of stack in the chain up to this segment (the 1 GB cap)
    struct mspan *span;    // the manual span of a segment too big for the stack pool
} stktop;

// mutex: a futex-based lock (lock_futex.c): 0 unlocked, 1 locked,
// 2 locked with sleepers. Go's runtime.mutex.
typedef struct mutex { uint32_t key; } mutex;

// note: a one-shot wakeup (lock_futex.c): key is 0 until notewakeup sets
// it to 1; notesleep/notetsleep wait for that. Go's runtime.note.
typedef struct note { uint32_t key; } note;

// sudog: a g in a wait list, a channel's sendq/recvq (Go: runtime2.go).
// One g can be on many wait lists (select), so one g has many sudogs;
// elem points at the data to send or the place to receive into, usually
// on the waiting g's stack.
typedef struct sudog {
    g            *g;
    struct sudog *next, *prev;   // waitq links
    void         *elem;          // data element (may point to a stack)
    bool          isSelect;      // g is in a select: must win g.selectDone
    bool          success;       // woken by a value (true) or by close (false)
    struct sudog *waitlink;      // g.waiting list
    struct hchan *c;             // the channel this sudog waits on
} sudog;

// checkpoint: the registers setcheckpoint saves (asm_<arch>.S), enough of a
// frame to resume a function whose deferred call recovered a panic. The
// compiler reserves one per function that defers (GO_CHECKPOINT_WORDS).
typedef struct checkpoint { go_uintptr regs[GO_CHECKPOINT_WORDS]; } checkpoint;
// The word of a checkpoint that holds the saved sp.
#if defined(__x86_64__)
#define CHECKPOINT_SP 6
#else
#define CHECKPOINT_SP 12
#endif

// _defer: one deferred call. fn is a closure record whose code is a thunk
// the compiler made for the defer statement; frame is the deferring
// function's checkpoint, which also identifies its frame.
typedef struct _defer {
    const funcval  *fn;
    checkpoint     *frame;
    struct _defer  *link;
    bool            started;   // run by a panic (or deferreturn) already
} _defer;

// _panic: an active panic, innermost first through link.
typedef struct _panic {
    const _type    *argtype;   // the panic value, an interface
    void           *argdata;
    struct _panic  *link;
    _defer         *running;   // the deferred call gopanic is running
    void           *deferframe;// that call's thunk frame: recover() checks its caller against it
    bool            recovered;
    bool            aborted;   // a later panic ran past this one's deferred call
} _panic;

struct m {
    // tls must stay first: it is the thread's TLS control block and the
    // thread pointer points at it. x86-64: tls[0] = tp (variant II),
    // arm64: tls[0..1] is the 16-byte TCB (variant I). tls[1] holds g.
    go_uintptr tls[8];
    g         *g0;           // goroutine with the scheduling stack
    g         *curg;         // current running goroutine
    p         *p;            // attached p for executing Go code (nil if not)
    p         *nextp;
    p         *oldp;         // the p held before a syscall
    int64_t    id;
    int64_t    procid;       // thread id
    int32_t    mallocing;
    int32_t    locks;
    int32_t    dying;
    int32_t    spinning;
    int32_t    printlock;    // print.c: printlock's nesting depth
    uint32_t   fastrand[2];
    g         *lockedg;
    // gopark's arguments, for park_m on g0.
    bool     (*waitunlockf)(g *, void *);
    void      *waitlock;
    stack      gsignalstack; // the sigaltstack signal handlers run on (signal_linux.c)
    m         *alllink;      // on allm
    m         *schedlink;
    note       park;         // an idle M sleeps here (findrunnable waits for timers on it)
    void     (*mstartfn)(void); // run by mstart0 before scheduling (sysmon: instead)
    go_uintptr g0stack;      // the g0 stack's mapping (G0_STACK_SIZE bytes), for a new M
} __attribute__((aligned(64)));

#define RUNQ_SIZE 256

struct p {
    int32_t    id;
    uint32_t   status;
    p         *link;         // pidle list
    uint32_t   schedtick;
    uint32_t   syscalltick;
    m         *m;            // back-link to associated m (nil if idle)
    void      *mcache;       // per-P allocation cache (later)
    // Local run queue: a ring of RUNQ_SIZE plus runnext, which holds a g
    // readied by the current g that should run next (inherits the time slice).
    uint32_t   runqhead;
    uint32_t   runqtail;
    g         *runq[RUNQ_SIZE];
    g         *runnext;
    // Dead gs with stacks, for reuse by newproc.
    g         *gFree;
    int32_t    gFreeN;
    uint64_t   goidcache, goidcacheend;
    sudog     *sudogcache;   // free sudogs (chan.c), linked through next
    int32_t    nsudogcache;
    // Timers (time.c). timers is a 4-ary min-heap on timer.when; only
    // this P's M changes its shape, under timersLock. Other Ps may change
    // a timer's status and nextwhen (atomically) but never its place.
    mutex      timersLock;
    struct { timer **array; go_int len, cap; } timers;
    uint32_t   numTimers;              // timers in the heap (atomic)
    uint32_t   deletedTimers;          // of those, in timerDeleted (atomic)
    int64_t    timer0When;             // when of timers[0], 0 if none (atomic)
    int64_t    timerModifiedEarliest;  // earliest nextwhen of a timerModifiedEarlier timer, 0 if none (atomic)
    // What sysmon saw last (Go's sysmontick): a P whose schedtick or
    // syscalltick has not moved for 10 ms / 20 µs is preempted / retaken.
    struct { uint32_t schedtick, syscalltick; int64_t schedwhen, syscallwhen; } sysmontick;
};

// gQueue: a queue of gs linked through schedlink.
typedef struct gQueue { g *head, *tail; } gQueue;

typedef struct schedt {
    uint64_t   goidgen;
    int64_t    mnext;        // number of ms created so far; next m id
    int32_t    maxmcount;
    m         *midle;
    int32_t    nmidle;
    p         *pidle;
    int32_t    npidle;
    int32_t    nmspinning;
    gQueue     runq;         // global run queue
    int32_t    runqsize;
    g         *gFree;        // global free list of dead gs
    mutex      lock;         // Go's sched.lock: stopwait and the P lists during stop-the-world
    int32_t    gcwaiting;    // the world is stopping or stopped for the GC
    int32_t    stopwait;     // Ps still to stop (stopTheWorldWithSema)
    note       stopnote;     // the last P to stop wakes the stopper
    mutex      sudoglock;    // central cache of free sudogs (chan.c)
    sudog     *sudogcache;
    // The M sleeping in findrunnable until the first timer is due, and
    // that time (Go's sched.pollUntil, where the netpoller sleeps):
    // wakeNetPoller (time.c) wakes it when an earlier timer appears.
    m         *timerm;
    int64_t    pollUntil;
    int32_t    nmsys;        // system Ms (sysmon), not counted by checkdead
    int32_t    nmidlelocked; // Ms idle because their locked g is not running
    uint32_t   sysmonwait;   // sysmon sleeps on sysmonnote (everything idle)
    note       sysmonnote;
    mutex      allglock;     // allgs
} schedt;

_Static_assert(__builtin_offsetof(struct g, stack.lo) == G_STACK_LO, "g.stack.lo");
_Static_assert(__builtin_offsetof(struct g, stack.hi) == G_STACK_HI, "g.stack.hi");
_Static_assert(__builtin_offsetof(struct g, stackguard0) == G_STACKGUARD0, "g.stackguard0");
_Static_assert(__builtin_offsetof(struct g, stackguard1) == G_STACKGUARD1, "g.stackguard1");
_Static_assert(__builtin_offsetof(struct g, m) == G_M, "g.m");
_Static_assert(__builtin_offsetof(struct g, sched) == G_SCHED, "g.sched");
_Static_assert(__builtin_offsetof(gobuf, sp) == GOBUF_SP, "gobuf.sp");
_Static_assert(__builtin_offsetof(gobuf, pc) == GOBUF_PC, "gobuf.pc");
_Static_assert(__builtin_offsetof(gobuf, g) == GOBUF_G, "gobuf.g");
_Static_assert(__builtin_offsetof(gobuf, ctxt) == GOBUF_CTXT, "gobuf.ctxt");
_Static_assert(__builtin_offsetof(gobuf, ret) == GOBUF_RET, "gobuf.ret");
_Static_assert(__builtin_offsetof(gobuf, lr) == GOBUF_LR, "gobuf.lr");
_Static_assert(__builtin_offsetof(gobuf, bp) == GOBUF_BP, "gobuf.bp");
_Static_assert(__builtin_offsetof(struct m, tls) == M_TLS, "m.tls");
_Static_assert(__builtin_offsetof(struct m, g0) == M_G0, "m.g0");
_Static_assert(__builtin_offsetof(struct m, curg) == M_CURG, "m.curg");
_Static_assert(G_STACK_LO == GO_G_STACK_LO && G_STACK_HI == GO_G_STACK_HI &&
               G_STACKGUARD0 == GO_G_STACKGUARD0, "ABI header g offsets");
_Static_assert(__builtin_offsetof(struct g, morefn) == GO_G_MOREFN, "g.morefn");
_Static_assert(__builtin_offsetof(stktop, prevsp) == STKTOP_PREVSP, "stktop.prevsp");
_Static_assert(sizeof(stktop) == STKTOP_SIZE && STKTOP_SIZE % 16 == 0, "stktop size");
_Static_assert(TLS_G == GO_TLS_G_OFFSET, "ABI header TLS offset");

#endif // __ASSEMBLER__
#endif
