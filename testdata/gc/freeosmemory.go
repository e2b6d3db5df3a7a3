// runtime/debug.FreeOSMemory gives a dropped big slice's pages back to the OS: MemStats'
// HeapReleased grows by the slice and the retained heap (HeapIdle - HeapReleased) stays small,
// the counters stay consistent, and the released pages read as zero when the heap reuses them.
// (swiftgo's os cannot read /proc/self/status yet; GCTests checks the resident set itself.)
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const size = 64 << 20

var big []byte

func memstats() runtime.MemStats {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms
}

func main() {
	big = make([]byte, size)
	for i := range big {
		big[i] = 0xAA
	}
	ms1 := memstats()
	fmt.Println("in use with the slice:", ms1.HeapInuse > size)

	big = nil
	debug.FreeOSMemory()
	ms2 := memstats()
	fmt.Println("in use dropped by most of the slice:", ms1.HeapInuse-ms2.HeapInuse > size*3/4)
	fmt.Println("HeapReleased grew by most of the slice:", ms2.HeapReleased-ms1.HeapReleased > size*3/4)
	fmt.Println("retained idle heap is small:", ms2.HeapIdle-ms2.HeapReleased < size/4)
	fmt.Println("HeapSys = HeapInuse + HeapIdle:", ms2.HeapSys == ms2.HeapInuse+ms2.HeapIdle)
	fmt.Println("Mallocs - Frees = HeapObjects:", ms2.Mallocs-ms2.Frees == ms2.HeapObjects)
	fmt.Println("HeapAlloc <= HeapInuse <= HeapSys <= Sys:", ms2.HeapAlloc <= ms2.HeapInuse && ms2.HeapInuse <= ms2.HeapSys && ms2.HeapSys <= ms2.Sys)

	// The released pages come back zeroed.
	again := make([]byte, size)
	nonzero := 0
	for _, b := range again {
		if b != 0 {
			nonzero++
		}
	}
	fmt.Println("reused pages read as zero:", nonzero == 0)
	fmt.Println("the slice was dropped:", big == nil)
	runtime.KeepAlive(again)
}
