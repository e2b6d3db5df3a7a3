// sigqueue.c: package os/signal's hooks into the runtime (Go:
// runtime/sigqueue.go). The runtime handles only synchronous signals
// (signal_linux.c), so
// nothing is ever delivered to a channel: signal.Notify registers the
// wish (signal_enable) and its watching goroutine parks in signal_recv for
// good, which lets a program that never receives the signal run and exit
// normally; a signal that does arrive keeps its default action (SIGINT
// still ends the process). signal.Ignore is real: the disposition becomes
// SIG_IGN, and signal.Reset/Stop restore SIG_DFL.
#include "runtime.h"

enum { _NSIG = 65 };

static struct {
    uint32_t wanted[(_NSIG + 31) / 32];    // Notify'd
    uint32_t ignored[(_NSIG + 31) / 32];   // Ignore'd
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

// signal_recv would return the next delivered signal; none is delivered,
// so the caller (os/signal's watching goroutine) waits forever.
uint32_t signal_recv(void) GO_SYM("os/signal.signal_recv");
uint32_t signal_recv(void) {
    for (;;) gopark(nil, nil, waitReasonZero);
}

// Nothing is ever in flight.
void signalWaitUntilIdle(void) GO_SYM("os/signal.signalWaitUntilIdle");
void signalWaitUntilIdle(void) {}
