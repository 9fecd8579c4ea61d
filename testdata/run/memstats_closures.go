// Closures and method values that escape are heap objects: the closure
// record (code pointer and captured values), plus each captured variable
// the closure modifies, which moves to the heap on its own.
package main

import (
	"fmt"
	"runtime"
)

type counter struct{ n, step int }

func (c counter) Get() int { return c.n }

func (c *counter) Inc() { c.n += c.step }

var (
	before, after runtime.MemStats
	sinkF         func() int
	sinkG         func()
	global        = counter{1, 2}
)

//go:noinline
func byValue(x int) func() int { return func() int { return x * 2 } }

//go:noinline
func byRef(x int) func() int {
	return func() int {
		x++
		return x
	}
}

//go:noinline
func twoVars(x, y int) func() int { return func() int { return x + y } }

func measure(what string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%-14s mallocs %d bytes %d\n", what, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
}

func main() {
	measure("no captures", func() { sinkF = func() int { return 1 } })
	measure("by value", func() { sinkF = byValue(3) })
	measure("by reference", func() { sinkF = byRef(3) })
	measure("two values", func() { sinkF = twoVars(3, 4) })
	measure("method value", func() { sinkF = global.Get })
	measure("pointer method", func() { sinkG = global.Inc })
	fmt.Println(sinkF(), global.n)
}
