package main

import "fmt"

// Sending closures to a worker goroutine that runs them in order.
func main() {
	tasks := make(chan func() string, 3)
	out := make(chan string)
	go func() {
		for t := range tasks {
			out <- t()
		}
		close(out)
	}()
	x := 10
	tasks <- func() string { return fmt.Sprint("x is ", x) }
	tasks <- func() string { x *= 3; return fmt.Sprint("tripled x to ", x) }
	tasks <- func() string { return fmt.Sprint("x+1 = ", x+1) }
	close(tasks)
	for s := range out {
		fmt.Println(s)
	}
}
