package main

import (
	"errors"
	"fmt"
	"sync"
)

// An errgroup written by hand: run tasks concurrently, wait for all, and
// report the error of the lowest-numbered failing task.
type group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs map[int]error
}

func (g *group) Go(id int, f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			g.errs[id] = err
			g.mu.Unlock()
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	for id := 0; id < 100; id++ {
		if err, ok := g.errs[id]; ok {
			return fmt.Errorf("task %d: %w", id, err)
		}
	}
	return nil
}

var errOdd = errors.New("odd input")

func main() {
	g := &group{errs: map[int]error{}}
	for i, n := range []int{4, 8, 7, 10, 3} {
		g.Go(i, func() error {
			if n%2 == 1 {
				return errOdd
			}
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("error:", err)
	fmt.Println("is errOdd:", errors.Is(err, errOdd), "failures:", len(g.errs))
}
