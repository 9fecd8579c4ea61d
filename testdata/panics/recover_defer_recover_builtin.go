package main

import "fmt"

func main() {
	defer fmt.Println("deferred print runs")
	defer recover()
	fmt.Println("about to panic")
	panic("defer recover() does not stop me")
}
