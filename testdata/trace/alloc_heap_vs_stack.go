// trace: --gomaxprocs=1 --only=alloc
package main

import "fmt"

type point struct{ x, y int }

// p outlives the call (its address is returned): escape analysis moves it
// to the heap, and its allocation says so.
func escapes() *point {
	p := point{1, 2}
	return &p
}

// q's object dies with the frame: it stays there, a frame slot filled
// each time the statement runs (alloc.stack).
func stays(n int) int {
	q := &point{n, n + 1}
	return q.x + q.y
}

func main() {
	a := escapes()
	b := 0
	for i := 0; i < 2; i++ {
		b += stays(i)
	}
	fmt.Println(a.x, a.y, b)
}
