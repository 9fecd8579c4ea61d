package main

import "fmt"

func main() {
	fmt.Println("nothing else will ever run")
	select {}
}
