package main

import "fmt"

func main() {
	fmt.Println("panic with float")
	var f float64 = 1.5
	f *= 3
	panic(f)
}
