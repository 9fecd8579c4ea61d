package main

import "fmt"

// len and cap of unbuffered, buffered, closed and nil channels.
func main() {
	var nilCh chan int
	fmt.Println("nil:", len(nilCh), cap(nilCh), nilCh == nil)

	unbuf := make(chan int)
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf))

	buf := make(chan int, 5)
	fmt.Println("empty buffered:", len(buf), cap(buf))
	buf <- 1
	buf <- 2
	buf <- 3
	fmt.Println("after 3 sends:", len(buf), cap(buf))
	<-buf
	fmt.Println("after 1 receive:", len(buf), cap(buf))
	close(buf)
	fmt.Println("after close:", len(buf), cap(buf))
	for v := range buf {
		fmt.Println("drained", v, "len now", len(buf))
	}
	fmt.Println("drained:", len(buf), cap(buf))

	var recvOnly <-chan int = buf
	var sendOnly chan<- int = make(chan int, 2)
	fmt.Println("directional:", cap(recvOnly), cap(sendOnly))
}
