// mstats.c: memory statistics. Go: runtime/mstats.go.
//
// readmemstats fills a MemStats (swiftgo_abi.h, Go's runtime.MemStats
// layout) for runtime.ReadMemStats. The counters live in memstats
// (malloc.c, mgc.c, mgcsweep.c) and mheap_ (mheap.c); with the world
// stopped between collections and one M, they are exact when read.
#include "malloc.h"

void readmemstats(MemStats *ms) {
    memset(ms, 0, sizeof *ms);
    uint64_t frees = memstats.nfree + memstats.tinyallocs;
    ms->Alloc = memstats.heap_live;
    ms->TotalAlloc = memstats.total_alloc;
    ms->Mallocs = memstats.nmalloc;
    ms->Frees = frees;
    ms->HeapAlloc = memstats.heap_live;
    ms->HeapSys = memstats.heap_sys;
    ms->HeapIdle = mheap_.free_;
    ms->HeapInuse = mheap_.pagesInUse;
    ms->HeapReleased = mheap_.released;
    ms->HeapObjects = memstats.nmalloc - frees;
    ms->StackInuse = memstats.stacks_sys;
    ms->StackSys = memstats.stacks_sys;
    ms->MSpanInuse = mheap_.spanInuse;
    ms->MSpanSys = mheap_.spanSys;
    ms->MCacheInuse = mheap_.cacheSys;
    ms->MCacheSys = mheap_.cacheSys;
    ms->GCSys = mheap_.gcSys;
    ms->OtherSys = mheap_.otherSys;
    ms->Sys = ms->HeapSys + ms->StackSys + ms->MSpanSys + ms->MCacheSys + ms->GCSys + ms->OtherSys;
    ms->NextGC = gcPercent < 0 ? 0 : gcHeapGoal;
    ms->LastGC = memstats.last_gc;
    ms->PauseTotalNs = memstats.pause_total_ns;
    memcpy(ms->PauseNs, memstats.pause_ns, sizeof ms->PauseNs);
    memcpy(ms->PauseEnd, memstats.pause_end, sizeof ms->PauseEnd);
    ms->NumGC = memstats.numgc;
    ms->NumForcedGC = memstats.numforcedgc;
    uint64_t elapsed = (uint64_t)(nanotime() - runtimeInitTime) * (uint64_t)gomaxprocs;
    ms->GCCPUFraction = elapsed ? (double)memstats.gc_cpu_ns / (double)elapsed : 0;
    ms->EnableGC = true;
    ms->DebugGC = false;
    for (int i = 0; i < 61 && i < _NumSizeClasses; i++) ms->BySize[i].Size = class_to_size[i];
}

// readGCStats: runtime/debug.ReadGCStats's source. Fills *pauses (a
// []time.Duration with room for 256 * 2 + 3) with the recent pauses, most
// recent first, their end times, then the last collection's end time, the
// number of collections and the total pause, as Go's readGCStats_m.
void readGCStats(GoSlice *pauses) GO_SYM("runtime/debug.readGCStats");
void readGCStats(GoSlice *pauses) {
    enum { npause = sizeof memstats.pause_ns / sizeof memstats.pause_ns[0] };
    if (pauses->cap < npause + 3) throw("short slice passed to readGCStats");
    uint64_t *p = pauses->array;
    uint32_t n = memstats.numgc < npause ? memstats.numgc : npause;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t j = (memstats.numgc - 1 - i) % npause;
        p[i] = memstats.pause_ns[j];
        p[n + i] = memstats.pause_end[j];
    }
    p[n + n] = memstats.last_gc;
    p[n + n + 1] = memstats.numgc;
    p[n + n + 2] = memstats.pause_total_ns;
    pauses->len = n + n + 3;
}
