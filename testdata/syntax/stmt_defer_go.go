package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	out <- id * id
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go work(i, &wg, out)
	}
	wg.Wait()
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	defer fmt.Println("deferred", sum)
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	go func(msg string) {}("x")
	panic("oops")
}
