package main

import "fmt"

func main() {
	defer fmt.Println("deferred calls do not run on fatal errors")
	fmt.Println("blocking forever")
	select {}
}
