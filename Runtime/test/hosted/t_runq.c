// t_runq.c: the scheduler's run queues (proc.c): a P's ring with runnext,
// and the global queue, against a model. proc.c's queue functions are
// static, so proc.c is included; the rest of it (context switches, rt0
// glue) is dead here. scripts/sanitize weakens this object's symbols so
// that hosted.c's stand-ins (sched, gopark, goready...) are the ones linked,
// and -ffunction-sections/--gc-sections drop what would need assembly.
#include "../../proc.c"
#include "hosted.h"

#define NG 3000
static g gs[NG];
static p rp;

// The model: runnext, the ring as a deque, the global queue as a FIFO.
static int mnext = -1;
static int ring[NG], rh, rt;   // indices into gs; [rh, rt)
static int glob[NG * 4], gh, gt;

static void modelPut(int id, bool next) {
    if (next) {
        int old = mnext;
        mnext = id;
        if (old < 0) return;
        id = old;
    }
    if (rt - rh < RUNQ_SIZE) { ring[rt++ % NG] = id; return; }
    for (int i = 0; i < RUNQ_SIZE / 2; i++) glob[gt++] = ring[rh++ % NG];   // runqputslow
    glob[gt++] = id;
}

static int modelGet(bool *inherit) {
    if (mnext >= 0) { int id = mnext; mnext = -1; *inherit = true; return id; }
    *inherit = false;
    if (rh == rt) return -1;
    return ring[rh++ % NG];
}

static int modelGlobGet(int max) {
    int size = gt - gh;
    if (size == 0) return -1;
    int n = size / gomaxprocs + 1;
    if (n > size) n = size;
    if (max > 0 && n > max) n = max;
    if (n > RUNQ_SIZE / 2) n = RUNQ_SIZE / 2;
    int first = glob[gh++];
    for (n--; n > 0; n--) modelPut(glob[gh++], false);
    return first;
}

static int idOfG(g *gp) { return gp == nil ? -1 : (int)(gp - gs); }

void test_runq(void) {
    memset(&rp, 0, sizeof rp);
    memset(&sched.runq, 0, sizeof sched.runq);
    sched.runqsize = 0;
    bool used[NG] = {0};   // a g is on at most one queue
    int nextFree = 0;
    for (int op = 0; op < 200000; op++) {
        uint64_t r = rndn(100);
        bool inh, minh;
        if (r < 50) {
            // Find an unqueued g.
            int id = -1;
            for (int k = 0; k < NG && id < 0; k++, nextFree = (nextFree + 1) % NG) if (!used[nextFree]) id = nextFree;
            if (id < 0) continue;
            used[id] = true;
            bool next = rndn(3) == 0;
            runqput(&rp, &gs[id], next);
            modelPut(id, next);
        } else if (r < 90) {
            int got = idOfG(runqget(&rp, &inh));
            int want = modelGet(&minh);
            CHECKF(got == want, "runqget: g %d, want %d", got, want);
            if (got >= 0) { CHECK_EQ(inh, minh); used[got] = false; }
        } else {
            int max = (int)rndn(4) * 20;
            int got = idOfG(globrunqget(&rp, max));
            int want = modelGlobGet(max);
            CHECKF(got == want, "globrunqget: g %d, want %d", got, want);
            if (got >= 0) used[got] = false;
        }
        CHECK_EQ(sched.runqsize, gt - gh);
        CHECK_EQ(rp.runqtail - rp.runqhead, (uint32_t)(rt - rh));
        CHECK_EQ(runqempty(&rp), mnext < 0 && rt == rh);
        if (gt > NG * 3) {   // drain the global queue so the model's array suffices
            while (sched.runqsize > 0) { int id = idOfG(globrunqpop()); CHECK_EQ(id, glob[gh++]); used[id] = false; }
            gh = gt = 0;
        }
    }
}
