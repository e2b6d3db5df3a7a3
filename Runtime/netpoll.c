// netpoll.c: internal/poll's hooks into the runtime (Go: runtime/netpoll.go,
// poll_runtime_*). There is no network poller yet: registering a
// descriptor fails, so internal/poll treats every file as not pollable
// and does blocking reads and writes in the calling goroutine (os.File
// ignores the failure, as gc does for descriptors epoll refuses). Deadlines
// are then unsupported (os.ErrNoDeadline), as for such files in gc.
#include "runtime.h"

enum { _EPERM = 1 };

void poll_runtime_pollServerInit(void) GO_SYM("internal/poll.runtime_pollServerInit");
void poll_runtime_pollServerInit(void) {}

// pollOpen returns (ctx, errno); two words come back in registers as C's.
typedef struct { go_uintptr ctx; go_int errno_; } pollOpenResult;
pollOpenResult poll_runtime_pollOpen(go_uintptr fd) GO_SYM("internal/poll.runtime_pollOpen");
pollOpenResult poll_runtime_pollOpen(go_uintptr fd) {
    return (pollOpenResult){ 0, _EPERM };   // what epoll_ctl says of a regular file
}

bool poll_runtime_isPollServerDescriptor(go_uintptr fd) GO_SYM("internal/poll.runtime_isPollServerDescriptor");
bool poll_runtime_isPollServerDescriptor(go_uintptr fd) { return false; }

int64_t poll_runtimeNano(void) GO_SYM("internal/poll.runtimeNano");
int64_t poll_runtimeNano(void) { return nanotime(); }
