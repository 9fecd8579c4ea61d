package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Signal wakes one waiter at a time: the tokens are handed out one by one
// and every waiter gets exactly one.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	tokens := 0
	waiting := 0
	var wg sync.WaitGroup
	got := make([]int, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for tokens == 0 {
				cond.Wait()
			}
			tokens--
			got[i]++
			mu.Unlock()
		}()
	}
	for given := 0; given < len(got); {
		mu.Lock()
		if waiting > 0 && tokens == 0 {
			tokens++
			waiting--
			given++
			cond.Signal()
		}
		mu.Unlock()
		runtime.Gosched()
	}
	wg.Wait()
	fmt.Println("tokens left:", tokens, "per worker:", got)
}
