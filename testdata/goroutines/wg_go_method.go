package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Go 1.25's WaitGroup.Go does the Add(1), go, defer Done() dance for you.
func main() {
	var wg sync.WaitGroup
	var total atomic.Int64
	squares := make([]int, 6)
	for i := range squares {
		wg.Go(func() {
			squares[i] = i * i
			total.Add(int64(i * i))
		})
	}
	wg.Wait()
	fmt.Println("squares:", squares)
	fmt.Println("total:", total.Load())
}
