// trace: --gomaxprocs=1 --only=alloc
package main

import "fmt"

// Every goroutine starts on an 8 KiB stack carved from a stack span
// (stack.alloc, from newproc); a recursion deeper than that chains a new
// segment (gosub does not copy stacks), given back when the call that
// opened it returns; a goroutine's stack goes back to the pool at goexit.
func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16] - n + 1
}

func main() {
	done := make(chan int)
	for i := 0; i < 2; i++ {
		go func() { done <- depth(60) }()
	}
	fmt.Println(<-done, <-done)
}
