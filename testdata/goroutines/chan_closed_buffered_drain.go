package main

import "fmt"

// Values buffered before close are still delivered (ok == true); only then
// does the channel report ok == false.
func main() {
	ch := make(chan int, 3)
	ch <- 10
	ch <- 20
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("receive %d: v=%d ok=%v len=%d\n", i, v, ok, len(ch))
	}
}
