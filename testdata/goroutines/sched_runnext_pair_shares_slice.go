package main

import "fmt"

func main() {
	done := false
	go func() { done = true }()
	ch := make(chan bool)
	n := 0
	for !done {
		go func() { ch <- true }()
		<-ch
		n++
	}
	fmt.Println("other goroutine ran", n > 0)
}
