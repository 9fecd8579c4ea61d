package main

import "fmt"

// Everyone is trying to send on unbuffered channels that nobody reads.
func main() {
	out := make(chan string)
	for _, name := range []string{"first", "second"} {
		go func() {
			out <- name
		}()
	}
	fmt.Println("main sends too")
	in := make(chan int)
	in <- 1
}
