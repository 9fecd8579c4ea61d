// BySize lists the size classes 0-60 (class 0 is for large objects and
// is never counted there).
package main

import (
	"fmt"
	"runtime"
)

var m runtime.MemStats

func main() {
	runtime.ReadMemStats(&m)
	fmt.Println(len(m.BySize), "entries")
	for i, c := range m.BySize {
		fmt.Print(c.Size)
		if i%10 == 9 {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
	}
	fmt.Println()
	fmt.Println("class 0 counts:", m.BySize[0].Mallocs, m.BySize[0].Frees)
}
