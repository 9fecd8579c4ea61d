package main

import "fmt"

// A lossy queue: try to enqueue, count what had to be dropped.
func main() {
	queue := make(chan int, 3)
	accepted, dropped := 0, 0
	for i := 1; i <= 10; i++ {
		select {
		case queue <- i:
			accepted++
		default:
			dropped++
		}
	}
	close(queue)
	fmt.Println("accepted", accepted, "dropped", dropped)
	for v := range queue {
		fmt.Println("kept", v)
	}
}
