// env: GODEBUG=gctrace=1 GOMAXPROCS=2
package main

import (
	"fmt"
	"runtime"
)

// GODEBUG=gctrace=1 prints one line to stderr at the end of every cycle.
// This program forces exactly one cycle, so stderr has exactly one
// `gc 1 @...: ... (forced)` line (its timings vary; stdout does not).

var ms runtime.MemStats

func main() {
	fmt.Println("gctrace: one forced GC")
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("NumGC:", ms.NumGC, "NumForcedGC:", ms.NumForcedGC)
}
