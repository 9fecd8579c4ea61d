// ReadMemStats dereferences its argument first: a nil *MemStats panics
// as a nil dereference in the caller's goroutine.
package main

import (
	"fmt"
	"runtime"
)

var p *runtime.MemStats

func main() {
	fmt.Println("reading")
	runtime.ReadMemStats(p)
	fmt.Println("unreachable")
}
