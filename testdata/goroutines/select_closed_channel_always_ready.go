package main

import "fmt"

// A closed channel is always ready to receive, which makes it a broadcast
// signal: every select that watches it proceeds.
func main() {
	stop := make(chan struct{})
	results := make(chan string)
	for i := 1; i <= 3; i++ {
		go func() {
			spins := 0
			for {
				select {
				case <-stop:
					results <- fmt.Sprintf("worker %d stopped", i)
					return
				default:
					spins++
				}
			}
		}()
	}
	close(stop)
	seen := map[string]bool{}
	for i := 0; i < 3; i++ {
		seen[<-results] = true
	}
	fmt.Println(seen["worker 1 stopped"], seen["worker 2 stopped"], seen["worker 3 stopped"])
	v, ok := <-stop
	fmt.Println("receive from stop:", v, ok)
}
