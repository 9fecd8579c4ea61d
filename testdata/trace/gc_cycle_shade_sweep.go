// trace: --gomaxprocs=1 --only=gc,mark,alloc
package main

import (
	"fmt"
	"runtime"
)

// One object reachable from a global through another, one garbage: the
// first cycle shades the global's object (by global), its successor (by
// that object), frees the garbage when sweeping; the second frees the
// successor once the link is cut.

type node struct {
	next *node
	val  int
}

var keep, spare *node

func main() {
	keep = &node{val: 1}
	keep.next = &node{val: 2}
	spare = &node{val: 3}
	fmt.Println(spare.val)
	spare = nil // now garbage
	runtime.GC()
	keep.next = nil
	runtime.GC()
	fmt.Println(keep.val)
}
