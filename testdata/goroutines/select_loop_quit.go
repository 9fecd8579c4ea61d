package main

import "fmt"

// A worker serves requests until it receives on quit, then reports back.
func main() {
	data := make(chan int)
	quit := make(chan struct{})
	report := make(chan int)
	go func() {
		total := 0
		for {
			select {
			case v := <-data:
				total += v
				fmt.Println("worker added", v)
			case <-quit:
				fmt.Println("worker quitting")
				report <- total
				return
			}
		}
	}()
	for i := 1; i <= 4; i++ {
		data <- i * 10
	}
	quit <- struct{}{}
	fmt.Println("total", <-report)
}
