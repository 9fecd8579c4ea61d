package main

import "fmt"

// No other goroutine exists, so a receive on an empty channel can never
// complete: the runtime reports a deadlock and dumps goroutine 1.
func main() {
	ch := make(chan int)
	fmt.Println("waiting for a value that never comes")
	fmt.Println(<-ch)
}
