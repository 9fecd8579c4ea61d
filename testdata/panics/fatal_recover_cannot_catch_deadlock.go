package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recover:", recover())
	}()
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("received", <-ch)
	fmt.Println("receiving again")
	<-ch
}
