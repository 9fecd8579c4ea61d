// env: GODEBUG=gctrace=1 GOMAXPROCS=2
package main

import (
	"fmt"
	"runtime"
)

// Three forced cycles with 1 MiB, 2 MiB and 0 MiB live: gctrace prints
// lines `gc 1`, `gc 2`, `gc 3`, each ending in (forced), whose last heap
// figure (live after marking, in MB) follows the kept data: 1, 2, 0.

var ms runtime.MemStats

var keep [][]byte

func main() {
	fmt.Println("gctrace: three forced GCs")
	keep = append(keep, make([]byte, 1<<20))
	runtime.GC()
	keep = append(keep, make([]byte, 1<<20))
	runtime.GC()
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("NumGC:", ms.NumGC, "NumForcedGC:", ms.NumForcedGC)
	fmt.Println("heap small again:", ms.HeapAlloc < 1<<20)
}
