// Relations between MemStats fields that hold in every run, and the
// fields that stay at their initial values while no GC has run.
package main

import (
	"fmt"
	"runtime"
)

var (
	m    runtime.MemStats
	keep [][]int
)

func check() {
	runtime.ReadMemStats(&m)
	fmt.Println("Alloc == HeapAlloc:", m.Alloc == m.HeapAlloc)
	fmt.Println("HeapObjects == Mallocs-Frees:", m.HeapObjects == m.Mallocs-m.Frees)
	fmt.Println("TotalAlloc >= Alloc:", m.TotalAlloc >= m.Alloc)
	fmt.Println("Mallocs >= Frees:", m.Mallocs >= m.Frees)
	fmt.Println("HeapObjects > 0:", m.HeapObjects > 0)
	fmt.Println("HeapSys == HeapIdle+HeapInuse:", m.HeapSys == m.HeapIdle+m.HeapInuse)
	fmt.Println("HeapInuse >= HeapAlloc:", m.HeapInuse >= m.HeapAlloc)
	fmt.Println("HeapReleased <= HeapIdle:", m.HeapReleased <= m.HeapIdle)
	fmt.Println("StackSys >= StackInuse:", m.StackSys >= m.StackInuse)
	fmt.Println("StackInuse > 0:", m.StackInuse > 0)
	fmt.Println("MSpanInuse <= MSpanSys:", m.MSpanInuse <= m.MSpanSys)
	fmt.Println("MCacheInuse <= MCacheSys:", m.MCacheInuse <= m.MCacheSys)
	fmt.Println("Sys >= HeapSys:", m.Sys >= m.HeapSys)
	sum := m.HeapSys + m.StackSys + m.MSpanSys + m.MCacheSys + m.BuckHashSys + m.GCSys + m.OtherSys
	fmt.Println("Sys == sum of *Sys:", m.Sys == sum)
	fmt.Println("Lookups:", m.Lookups)
	fmt.Println("NumGC:", m.NumGC, "NumForcedGC:", m.NumForcedGC)
	fmt.Println("NextGC:", m.NextGC, "LastGC:", m.LastGC)
	fmt.Println("PauseTotalNs:", m.PauseTotalNs, "PauseNs[0]:", m.PauseNs[0], "PauseEnd[255]:", m.PauseEnd[255])
	fmt.Println("GCCPUFraction:", m.GCCPUFraction)
	fmt.Println("EnableGC:", m.EnableGC, "DebugGC:", m.DebugGC)
}

func main() {
	check()
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]int, 100))
	}
	fmt.Println("-- after 100 x 800 bytes")
	check()
}
