package main

import "fmt"

// select {} blocks forever; with nothing else able to run it is a deadlock.
func main() {
	ready := make(chan bool)
	go func() {
		ready <- true
		select {}
	}()
	<-ready
	fmt.Println("main blocks in select {}")
	select {}
}
