package main

import "fmt"

// A chan struct{} used purely as a completion signal.
func main() {
	done := make(chan struct{})
	data := []int{3, 1, 4, 1, 5, 9, 2, 6}
	var sum int
	go func() {
		for _, v := range data {
			sum += v
		}
		fmt.Println("worker finished")
		done <- struct{}{}
	}()
	<-done
	fmt.Println("sum =", sum)
}
