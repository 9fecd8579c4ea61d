// trace: --gomaxprocs=1 --format=jsonl --only=sched,chan
package main

import "fmt"

// The JSON-lines form: one object per event, with a version field.
func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println(<-ch)
}
