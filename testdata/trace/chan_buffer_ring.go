// trace: --gomaxprocs=1 --only=chan
package main

import "fmt"

// The ring buffer's sendx and recvx wrap around.
func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	for len(ch) > 0 {
		fmt.Println(<-ch)
	}
}
