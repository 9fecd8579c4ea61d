// A Swiss map's allocations as it grows: the header, the small map's
// group, the first table (table, groups, directory), each doubling (table,
// groups) up to 1024 slots, then splits into two tables (and a directory
// twice the size). Each insert that allocates prints the number of
// allocations and their bytes.
package main

import (
	"fmt"
	"runtime"
)

var sink any

func stats() (uint64, uint64) {
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	return s.Mallocs, s.TotalAlloc
}

func growInts(n int) {
	m0, b0 := stats()
	m := map[int]int{}
	m1, b1 := stats()
	fmt.Println("new", m1-m0, b1-b0)
	for i := 0; i < n; i++ {
		ma, ba := stats()
		m[i] = i
		mb, bb := stats()
		if mb != ma {
			fmt.Println("insert", i+1, mb-ma, bb-ba)
		}
	}
	sink = m
}

func growStrings(n int) {
	m := map[string]int{}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprint("key", i)
	}
	for i := 0; i < n; i++ {
		ma, ba := stats()
		m[keys[i]] = i
		mb, bb := stats()
		if mb != ma {
			fmt.Println("string insert", i+1, mb-ma, bb-ba)
		}
	}
	sink = m
}

func hinted(hint int) {
	m0, b0 := stats()
	m := make(map[int64]int64, hint)
	m1, b1 := stats()
	sink = m
	fmt.Println("make hint", hint, m1-m0, b1-b0)
}

func main() {
	growInts(1000)
	growStrings(100)
	for _, h := range []int{0, 8, 9, 100, 1000, 5000} {
		hinted(h)
	}
	// Updating a full small map does not grow it.
	m := map[int]int{}
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	a, _ := stats()
	m[3] = 33
	b, _ := stats()
	fmt.Println("update full small", b-a, len(m))
	// Deleting and inserting keeps the table once tombstones are pruned.
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i
	}
	a, _ = stats()
	for i := 100; i < 2000; i++ {
		delete(big, i-100)
		big[i] = i
	}
	b, _ = stats()
	fmt.Println("churn", b-a, len(big))
	sink = m
	// Byte keys and int64 elems: 16-byte slots.
	small := map[int8]int64{}
	a, ba := stats()
	for i := 0; i < 100; i++ {
		small[int8(i)] = 1
	}
	b, bb := stats()
	fmt.Println("int8 keys", b-a, bb-ba)
	sink = small
}
