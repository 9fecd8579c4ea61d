package main

import (
	"fmt"
	"sync/atomic"
)

type counters struct {
	hits atomic.Int64
}

// An atomic operation on a nil pointer is a nil dereference.
func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var c *counters
		c.hits.Add(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *uint32
		atomic.StoreUint32(p, 1)
	}()
	var q *int64
	fmt.Println("adding through nil")
	atomic.AddInt64(q, 1)
}
