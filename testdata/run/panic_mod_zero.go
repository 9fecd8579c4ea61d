package main

import "fmt"

func main() {
	var b uint8 = 0
	var a uint8 = 7
	fmt.Println("start", 7.0/float64(b))
	fmt.Println(a % b)
}
