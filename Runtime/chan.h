// chan.h: the channel structure shared by chan.c and select.c.
// Go: runtime/chan.go (hchan, waitq).
#ifndef CHAN_H
#define CHAN_H

#include "runtime.h"

// waitq: a FIFO of sudogs blocked on a channel.
typedef struct waitq { sudog *first, *last; } waitq;

// hchan: a channel. qcount and dataqsiz come first so that compiled code
// reads len(c) and cap(c) with one load (the ABI header promises it).
typedef struct hchan {
    go_uintptr   qcount;     // elements in the buffer
    go_uintptr   dataqsiz;   // size of the circular buffer
    void        *buf;        // dataqsiz elements
    const _type *elemtype;
    uint16_t     elemsize;
    uint32_t     closed;
    go_uintptr   sendx;      // send index into buf
    go_uintptr   recvx;      // receive index into buf
    waitq        recvq;      // blocked receivers
    waitq        sendq;      // blocked senders
    // lock protects every field above, and the fields of the sudogs
    // blocked on this channel. Never change another g's status while
    // holding it (that could deadlock with stack shrinking, in Go).
    mutex        lock;
} hchan;

_Static_assert(__builtin_offsetof(hchan, qcount) == 0 &&
               __builtin_offsetof(hchan, dataqsiz) == sizeof(go_uintptr),
               "len/cap are the first two words (swiftgo_abi.h)");

// chanbuf: the address of slot i of c's buffer.
static inline void *chanbuf(hchan *c, go_uintptr i) {
    return (uint8_t *)c->buf + i * c->elemsize;
}

// Shared between chan.c and select.c. unlockf(arg) releases the locks the
// caller holds, before the woken g is readied.
typedef void (*unlockfn)(void *arg);
void chansendDirect(hchan *c, sudog *sg, const void *ep, unlockfn unlockf, void *arg)
    GO_SYM("runtime.send");
void chanrecvDirect(hchan *c, sudog *sg, void *ep, unlockfn unlockf, void *arg)
    GO_SYM("runtime.recv");
sudog *waitqDequeue(waitq *q) GO_SYM("runtime.(*waitq).dequeue");
void waitqEnqueue(waitq *q, sudog *sgp) GO_SYM("runtime.(*waitq).enqueue");
GO_NORETURN void panicClosedSend(void) GO_SYM("runtime.panicClosedSend");
bool chanparkcommit(g *gp, void *chanLock) GO_SYM("runtime.chanparkcommit");

#endif
