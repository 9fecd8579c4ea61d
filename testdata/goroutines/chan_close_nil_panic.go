package main

import "fmt"

func main() {
	var ch chan bool
	fmt.Println("channel is nil:", ch == nil)
	close(ch)
}
