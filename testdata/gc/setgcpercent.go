// runtime/debug.SetGCPercent returns the previous setting; -1 turns the collector off (no
// collections while allocating), a positive value turns it back on.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
)

var sink []byte

func allocate(mb int) {
	for i := 0; i < mb*16; i++ {
		sink = make([]byte, 64<<10)
	}
}

func numGC() uint32 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.NumGC
}

// gogc: the initial setting, from GOGC (100 when unset; the stress modes set it).
func gogc() int {
	if n, err := strconv.Atoi(os.Getenv("GOGC")); err == nil {
		return n
	}
	return 100
}

func main() {
	fmt.Println("initial is GOGC's:", debug.SetGCPercent(50) == gogc())
	fmt.Println("after 50:", debug.SetGCPercent(200))
	fmt.Println("after 200:", debug.SetGCPercent(-1))

	before := numGC()
	allocate(64)
	fmt.Println("collections while off:", numGC()-before)

	fmt.Println("off reads as:", debug.SetGCPercent(-5))
	fmt.Println("negative is off:", debug.SetGCPercent(100))
	before = numGC()
	allocate(64)
	fmt.Println("collected again when on:", numGC()-before > 0)

	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("next goal at least 4 MB:", ms.NextGC >= 4<<20)

	fmt.Println("memory limit is the default:", debug.SetMemoryLimit(-1) == 1<<63-1)
	fmt.Println("max threads default:", debug.SetMaxThreads(10000))
	fmt.Println("max stack default:", debug.SetMaxStack(1<<20))
	fmt.Println("max stack now:", debug.SetMaxStack(1000000000))

	var stats debug.GCStats
	n0 := numGC()
	debug.ReadGCStats(&stats)
	n1 := numGC()
	fmt.Println("GCStats consistent:", int64(n0) <= stats.NumGC && stats.NumGC <= int64(n1), len(stats.Pause) == len(stats.PauseEnd),
		stats.NumGC > 0 && stats.LastGC.UnixNano() > 1650000000e9, stats.PauseTotal > 0)
}
