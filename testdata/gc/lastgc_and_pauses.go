package main

import (
	"fmt"
	"runtime"
	"time"
)

// Timing fields of MemStats: LastGC is the wall-clock end of the last
// cycle (0 before any), every cycle adds its stop-the-world pauses to
// PauseTotalNs, and PauseNs is a ring buffer indexed by (NumGC+255)%256.

var ms runtime.MemStats

func main() {
	runtime.ReadMemStats(&ms)
	fmt.Println("before any GC: LastGC == 0:", ms.LastGC == 0)
	fmt.Println("before any GC: PauseTotalNs == 0:", ms.PauseTotalNs == 0)

	t0 := time.Now().UnixNano()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	t1 := time.Now().UnixNano()
	last1 := ms.LastGC
	total1 := ms.PauseTotalNs
	fmt.Println("LastGC within the runtime.GC() call:", int64(last1) >= t0 && int64(last1) <= t1)
	fmt.Println("PauseTotalNs > 0:", total1 > 0)
	fmt.Println("latest pause recorded:", ms.PauseNs[(ms.NumGC+255)%256] > 0)
	fmt.Println("latest pause end == LastGC:", ms.PauseEnd[(ms.NumGC+255)%256] == last1)
	fmt.Println("pause total equals the single pause:", total1 == ms.PauseNs[0])

	time.Sleep(2 * time.Millisecond)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("second GC: LastGC moved forward:", ms.LastGC > last1)
	fmt.Println("second GC: PauseTotalNs grew:", ms.PauseTotalNs > total1)
	fmt.Println("second GC: total == PauseNs[0]+PauseNs[1]:", ms.PauseTotalNs == ms.PauseNs[0]+ms.PauseNs[1])
	fmt.Println("unused ring slots are zero:", ms.PauseNs[2] == 0 && ms.PauseEnd[255] == 0)
	fmt.Println("NumGC:", ms.NumGC)
}
