package main

import "fmt"

func recurse(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	return recurse(n+1) + int(pad[0])
}

func main() {
	fmt.Println("recursing forever")
	fmt.Println(recurse(0))
}
