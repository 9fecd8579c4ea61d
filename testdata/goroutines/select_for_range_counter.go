package main

import (
	"fmt"
	"sync"
)

// Many producers on two channels and one collector select-ing on both:
// the interleaving differs from run to run, the totals do not.
func main() {
	small := make(chan int)
	big := make(chan int)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				small <- 1
				big <- 100
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	nSmall, nBig, total := 0, 0, 0
	for {
		select {
		case v := <-small:
			nSmall++
			total += v
		case v := <-big:
			nBig++
			total += v
		case <-done:
			fmt.Println("small:", nSmall, "big:", nBig, "total:", total)
			return
		}
	}
}
