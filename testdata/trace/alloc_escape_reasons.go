// trace: --gomaxprocs=1 --only=alloc
package main

import "fmt"

// A size known only at run time: gc's 32-byte frame buffer when the
// capacity fits (n = 3), else the heap (n = 5), with the reason.
func dynamic(n int) int {
	s := make([]int, n)
	return len(s)
}

// Variables over 128 KiB never live in a frame.
func bigArray() int {
	var a [20000]int
	a[1] = 7
	return a[1]
}

// Implicit allocations (make, new, &T{}) over 64 KiB neither.
func bigMake() int {
	b := make([]byte, 100000)
	return len(b)
}

// A constant size under the limit: in the frame.
func small() int {
	c := make([]int, 8)
	return len(c)
}

func main() {
	fmt.Println(dynamic(3), dynamic(5), bigArray(), bigMake(), small())
}
