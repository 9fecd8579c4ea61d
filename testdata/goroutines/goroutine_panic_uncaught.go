package main

import "fmt"

func process(items []int, i int) int {
	return items[i] * 2
}

// An unrecovered panic in any goroutine kills the whole program; the trace
// shows only the panicking goroutine and who created it.
func main() {
	fmt.Println("main starts a worker and waits forever")
	go func() {
		fmt.Println("worker processing")
		fmt.Println(process([]int{1, 2, 3}, 5))
	}()
	select {}
}
