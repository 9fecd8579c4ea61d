package main

import (
	"fmt"
	"runtime"
	"sync"
)

// A goroutine's stack stops being a root when the goroutine exits: ten
// goroutines each hold 100 nodes while parked; after they are released
// and have finished, their lists are garbage.

type node struct {
	next *node
	id   int
	pad  [2]int
}

// build returns a fresh linked list of n heap nodes.
func build(n int) *node {
	var head *node
	for i := n - 1; i >= 0; i-- {
		head = &node{next: head, id: i}
	}
	return head
}

func length(h *node) int {
	n := 0
	for ; h != nil; h = h.next {
		n++
	}
	return n
}

var ms runtime.MemStats

// collect runs a full GC and returns the live heap objects and total frees.
func collect() (live, frees int64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapObjects), int64(ms.Frees)
}

func main() {
	fmt.Println("root: goroutine stacks, before and after exit")
	live0, _ := collect()

	var started, done sync.WaitGroup
	release := make(chan struct{})
	lengths := make([]int, 10)
	for g := 0; g < 10; g++ {
		started.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			h := build(100)
			started.Done()
			<-release
			lengths[g] = length(h)
		}()
	}
	started.Wait()
	live1, frees1 := collect()
	fmt.Println("10 parked goroutines hold 1000 nodes: live grew by >= 900:", live1-live0 >= 900)
	fmt.Println("goroutines:", runtime.NumGoroutine())

	close(release)
	done.Wait()
	fmt.Println("lengths seen:", lengths)
	live2, frees2 := collect()
	fmt.Println("goroutines exited: freed >= 1000:", frees2-frees1 >= 1000)
	fmt.Println("goroutines exited: live fell by >= 900:", live1-live2 >= 900)
}
