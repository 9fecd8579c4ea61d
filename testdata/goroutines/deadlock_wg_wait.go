package main

import (
	"fmt"
	"sync"
)

// The WaitGroup counter is 3 but only one worker ever calls Done; the other
// two are stuck receiving on a channel nobody sends to.
func main() {
	var wg sync.WaitGroup
	never := make(chan int)
	wg.Add(3)
	go func() {
		defer wg.Done()
		fmt.Println("quick worker done")
	}()
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			<-never
		}()
	}
	wg.Wait()
	fmt.Println("unreachable")
}
