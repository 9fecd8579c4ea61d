// step: --gomaxprocs=2
package main

import (
	"fmt"
	"sync"
)

func work(id int) int {
	s := 0
	for i := 0; i < 2000; i++ {
		s += i
	}
	return s + id
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := work(i)
			mu.Lock()
			total += v
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
