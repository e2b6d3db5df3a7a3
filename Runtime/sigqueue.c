// sigqueue.c: package os/signal's hooks into the runtime (Go:
// runtime/sigqueue.go). signal.Notify installs the runtime's handler for
// the signal (signal_enable); the handler (sigtramp, signal_linux.c) queues
// it with sigsend, a lock-free bit set plus a note, which is all a signal
// handler may touch; os/signal's watching goroutine takes the signals in
// signal_recv, sleeping in between off its P (notetsleepg), so, as with
// gc, a program that uses signal.Notify is never reported deadlocked.
// signal.Ignore makes the disposition SIG_IGN, Reset/Stop restore SIG_DFL.
#include "runtime.h"

enum { _NSIG = 65 };

#define sigWords ((_NSIG + 31) / 32)
// state: who waits for whom. sigReceiving: signal_recv sleeps on note;
// sigSending: a signal is queued and nobody sleeps.
enum { sigIdle, sigReceiving, sigSending };
static struct {
    uint32_t wanted[sigWords];    // Notify'd
    uint32_t ignored[sigWords];   // Ignore'd
    uint32_t mask[sigWords];      // queued by sigsend, not yet taken
    uint32_t recv[sigWords];      // taken by signal_recv, not yet returned
    uint32_t state;
    uint32_t delivering;          // sigsend calls in progress
    note     note;
} sig;

static void setbit(uint32_t *set, uint32_t s, bool on) {
    uint32_t bit = 1u << (s & 31);
    if (on) __atomic_fetch_or(&set[s / 32], bit, __ATOMIC_SEQ_CST);
    else __atomic_fetch_and(&set[s / 32], ~bit, __ATOMIC_SEQ_CST);
}

static bool getbit(const uint32_t *set, uint32_t s) {
    return (__atomic_load_n(&set[s / 32], __ATOMIC_SEQ_CST) >> (s & 31)) & 1;
}

void signal_enable(uint32_t s) GO_SYM("os/signal.signal_enable");
void signal_enable(uint32_t s) {
    if (s >= _NSIG) return;
    setbit(sig.wanted, s, true);
    setbit(sig.ignored, s, false);
    setsig(s, (go_uintptr)sigtramp);
    unblocksig(s);
}

// sigsend (in the signal handler): queue s for signal_recv if Notify'd.
static bool sigsend1(uint32_t s);
bool sigsend(uint32_t s) {
    __atomic_add_fetch(&sig.delivering, 1, __ATOMIC_SEQ_CST);
    bool ok = sigsend1(s);
    __atomic_sub_fetch(&sig.delivering, 1, __ATOMIC_SEQ_CST);
    return ok;
}

static bool sigsend1(uint32_t s) {
    if (s >= _NSIG || !getbit(sig.wanted, s)) return false;
    uint32_t bit = 1u << (s & 31);
    if (__atomic_fetch_or(&sig.mask[s / 32], bit, __ATOMIC_SEQ_CST) & bit) return true;   // queued already
    for (;;) {
        uint32_t st = __atomic_load_n(&sig.state, __ATOMIC_SEQ_CST), want = st;
        switch (st) {
        case sigIdle:
            if (__atomic_compare_exchange_n(&sig.state, &want, sigSending, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
                return true;
            break;
        case sigSending:
            return true;   // a notification is pending already
        case sigReceiving:
            if (__atomic_compare_exchange_n(&sig.state, &want, sigIdle, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
                notewakeup(&sig.note);
                return true;
            }
            break;
        default:
            throw("sigsend: inconsistent state");
        }
    }
}

void signal_disable(uint32_t s) GO_SYM("os/signal.signal_disable");
void signal_disable(uint32_t s) {
    if (s >= _NSIG) return;
    setbit(sig.wanted, s, false);
    setsig(s, _SIG_DFL);
}

void signal_ignore(uint32_t s) GO_SYM("os/signal.signal_ignore");
void signal_ignore(uint32_t s) {
    if (s >= _NSIG) return;
    setbit(sig.wanted, s, false);
    setbit(sig.ignored, s, true);
    setsig(s, _SIG_IGN);
}

bool signal_ignored(uint32_t s) GO_SYM("os/signal.signal_ignored");
bool signal_ignored(uint32_t s) { return s < _NSIG && getbit(sig.ignored, s); }

// signalWaitUntilIdle (signal.Stop): every delivery in progress is over
// and the watching goroutine waits for the next one.
void signalWaitUntilIdle(void) GO_SYM("os/signal.signalWaitUntilIdle");
void signalWaitUntilIdle(void) {
    while (__atomic_load_n(&sig.delivering, __ATOMIC_SEQ_CST) != 0) Gosched();
    while (__atomic_load_n(&sig.state, __ATOMIC_SEQ_CST) != sigReceiving) Gosched();
}

// signal_recv returns the next signal queued by sigsend, waiting for one.
uint32_t signal_recv(void) GO_SYM("os/signal.signal_recv");
uint32_t signal_recv(void) {
    for (;;) {
        for (uint32_t i = 0; i < _NSIG; i++) {
            uint32_t bit = 1u << (i & 31);
            if (sig.recv[i / 32] & bit) {
                sig.recv[i / 32] &= ~bit;
                return i;
            }
        }
        for (bool waiting = true; waiting;) {
            uint32_t st = __atomic_load_n(&sig.state, __ATOMIC_SEQ_CST), want = st;
            switch (st) {
            case sigIdle:
                if (__atomic_compare_exchange_n(&sig.state, &want, sigReceiving, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
                    notetsleepg(&sig.note, -1);
                    noteclear(&sig.note);
                    waiting = false;
                }
                break;
            case sigSending:
                if (__atomic_compare_exchange_n(&sig.state, &want, sigIdle, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
                    waiting = false;
                break;
            default:
                throw("signal_recv: inconsistent state");
            }
        }
        for (int i = 0; i < sigWords; i++) sig.recv[i] = __atomic_exchange_n(&sig.mask[i], 0, __ATOMIC_SEQ_CST);
    }
}
