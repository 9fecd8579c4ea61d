package main

import "fmt"

// break inside select leaves only the select; a labelled break leaves the loop.
func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				fmt.Println("skip even", v)
				break // only leaves the select
			}
			sum += v
			fmt.Println("add odd", v)
		}
	}
	fmt.Println("sum of odds", sum)
}
