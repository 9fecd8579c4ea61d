// step: --sched=manual
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"A", "B", "C"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("hello from", name)
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
