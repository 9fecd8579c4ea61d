package main

import "fmt"

// Cases on nil channels are never ready, in both directions.
func main() {
	var nilRecv chan int
	var nilSend chan string
	ready := make(chan int, 1)
	ready <- 5
	for i := 0; i < 3; i++ {
		select {
		case v := <-nilRecv:
			fmt.Println("impossible receive", v)
		case nilSend <- "x":
			fmt.Println("impossible send")
		case v := <-ready:
			fmt.Println("ready channel gave", v)
		default:
			fmt.Println("only the nil channels are left: default")
		}
	}
	// enable a case by assigning a real channel
	nilSend = make(chan string, 1)
	select {
	case nilSend <- "now enabled":
		fmt.Println("sent:", <-nilSend)
	case v := <-nilRecv:
		fmt.Println("impossible", v)
	}
}
