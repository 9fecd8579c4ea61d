package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) string {
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	return fmt.Sprint(keys)
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

// Every method of sync.Map on one goroutine, keys of several types.
func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println("Load on zero Map:", v, ok)
	m.Store("a", 1)
	m.Store("b", 2)
	m.Store(3, "three")
	m.Store([2]int{1, 2}, true)
	fmt.Println(dump(&m))

	v, ok = m.Load("a")
	fmt.Println("Load a:", v, ok)
	v, ok = m.Load([2]int{1, 2})
	fmt.Println("Load array key:", v, ok)

	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println("LoadOrStore existing:", actual, loaded)
	actual, loaded = m.LoadOrStore("c", 3)
	fmt.Println("LoadOrStore new:", actual, loaded)

	prev, loaded := m.Swap("b", 20)
	fmt.Println("Swap existing:", prev, loaded)
	prev, loaded = m.Swap("d", 4)
	fmt.Println("Swap new:", prev, loaded)

	fmt.Println("CompareAndSwap wrong old:", m.CompareAndSwap("b", 2, 200))
	fmt.Println("CompareAndSwap right old:", m.CompareAndSwap("b", 20, 200))
	fmt.Println("CompareAndSwap missing key:", m.CompareAndSwap("zz", nil, 1))
	fmt.Println("CompareAndDelete wrong old:", m.CompareAndDelete("c", 4))
	fmt.Println("CompareAndDelete right old:", m.CompareAndDelete("c", 3))

	v, loaded = m.LoadAndDelete("d")
	fmt.Println("LoadAndDelete:", v, loaded)
	v, loaded = m.LoadAndDelete("d")
	fmt.Println("LoadAndDelete again:", v, loaded)
	m.Delete(3)
	m.Delete("never stored")
	fmt.Println(dump(&m))

	// Range stops when f returns false.
	count := 0
	m.Range(func(k, v any) bool {
		count++
		return false
	})
	fmt.Println("Range visited", count, "before stopping")

	// f may change the map: deleting every key as it goes.
	m.Range(func(k, v any) bool {
		m.Delete(k)
		return true
	})
	fmt.Println("after deleting in Range:", dump(&m))

	m.Store("x", []int{1})
	try("CompareAndSwap uncomparable", func() { m.CompareAndSwap("x", []int{1}, 2) })
	try("Store unhashable key", func() { m.Store([]int{1}, 1) })
	try("Load unhashable key", func() { m.Load(map[string]int{}) })
	v, ok = m.Load("x")
	fmt.Println("still usable:", v, ok)

	m.Clear()
	fmt.Println("after Clear:", dump(&m))
	m.Store(1.5, nil)
	v, ok = m.Load(1.5)
	fmt.Println("nil value:", v, ok)
}
