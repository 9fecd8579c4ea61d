// Maps that do not escape keep their header (and, for a hint of at most 8,
// their group) in the frame; growth beyond 8 entries allocates the table on
// the heap. An empty string or nil slice converted to an interface points
// at zeroVal (convTstring, convTslice): no allocation.
package main

import (
	"fmt"
	"runtime"
)

var sink any
var sinks []int
var total int

func allocs(name string, f func(i int)) {
	var a, b runtime.MemStats
	f(0)
	runtime.ReadMemStats(&a)
	for i := 0; i < 10; i++ {
		f(i)
	}
	runtime.ReadMemStats(&b)
	fmt.Println(name, (b.Mallocs-a.Mallocs)/10)
}

func main() {
	allocs("local map 5", func(i int) {
		m := map[int]int{}
		for j := 0; j < 5; j++ {
			m[j] = j + i
		}
		total += len(m)
	})
	allocs("local map 9", func(i int) {
		m := map[int]int{}
		for j := 0; j < 9; j++ {
			m[j] = j
		}
		total += len(m)
	})
	allocs("local make hint var small", func(i int) {
		m := make(map[int]string, i%4)
		m[1] = "a"
		total += len(m)
	})
	allocs("local make hint var big", func(i int) {
		m := make(map[int]string, 20+i)
		m[1] = "a"
		total += len(m)
	})
	allocs("local literal", func(i int) {
		m := map[string]int{"a": 1, "b": i}
		total += m["b"]
	})
	allocs("local range", func(i int) {
		m := map[int]int{1: 1, 2: 2, 3: i}
		for k, v := range m {
			total += k + v
		}
	})
	allocs("escaping map", func(i int) { sink = map[int]int{1: i} })
	allocs("box empty string", func(i int) { sink = fmt.Sprint("")[:0] })
	allocs("box nil slice", func(i int) { sink = sinks })
	allocs("box empty slice", func(i int) { sink = []int{}[:0:0] })
	allocs("box string", func(i int) { sink = fmt.Sprint(i + 100) })
	s, _ := sink.(string)
	fmt.Println(total, s)
}
