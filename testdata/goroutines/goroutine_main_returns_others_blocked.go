package main

import "fmt"

// When main returns the program exits, even if goroutines are still
// blocked: this is not a deadlock and the exit status is 0.
func main() {
	never := make(chan int)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			<-never
			fmt.Println("never printed")
		}()
	}
	go func() {
		started <- true
		select {}
	}()
	for i := 0; i < 4; i++ {
		<-started
	}
	fmt.Println("4 goroutines blocked; main returns")
}
