package main

import (
	"fmt"
	"sync"
)

// A buffered channel of capacity 2 used as a counting semaphore: never more
// than two workers are inside the guarded section at once.
func main() {
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	inside, maxInside, done := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			inside++
			if inside > maxInside {
				maxInside = inside
			}
			mu.Unlock()
			for k := 0; k < 1000; k++ {
				_ = k * k
			}
			mu.Lock()
			inside--
			done++
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("completed:", done)
	fmt.Println("max inside <= cap(sem):", maxInside <= cap(sem))
	fmt.Println("inside now:", inside, "tokens held:", len(sem))
}
