// mgc.c: the garbage collector. Go: runtime/mgc.go.
//
// THE COLLECTOR COMES LATER (non-moving mark-sweep, DESIGN.md §3). For now
// gcinit only records the GOGC setting the pacer will use; the heap just
// grows (malloc.c).
#include "runtime.h"

int32_t gcPercent GO_SYM("runtime.gcpercent");

// readGOGC: GOGC=off disables collection (-1); unset or malformed means 100.
static int32_t readGOGC(void) {
    GoString p = gogetenv(S("GOGC"));
    if (p.len == 3 && memcmp(p.str, "off", 3) == 0) return -1;
    int32_t n;
    if (atoi32(p, &n)) return n;
    return 100;
}

void gcinit(void) {
    gcPercent = readGOGC();
}
