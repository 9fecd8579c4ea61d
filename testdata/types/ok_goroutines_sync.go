package main

import (
	"fmt"
	"sync"
	"time"
)

type result struct {
	id  int
	val int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{id, j * j}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r.val
	}
	var mu sync.RWMutex
	mu.RLock()
	mu.RUnlock()
	done := make(chan struct{})
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	go func() { done <- struct{}{} }()
	select {
	case <-done:
	case <-ticker.C:
	case <-time.After(time.Second):
	}
	fmt.Println(sum)
}
