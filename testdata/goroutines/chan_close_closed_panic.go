package main

import "fmt"

func closeTwice(ch chan string) {
	close(ch)
	fmt.Println("closed once")
	close(ch)
}

func main() {
	defer fmt.Println("deferred in main runs during the panic")
	closeTwice(make(chan string))
}
