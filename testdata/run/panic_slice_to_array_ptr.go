package main

import "fmt"

func main() {
	s := make([]byte, 2, 8)
	p := (*[2]byte)(s)
	fmt.Println(len(p))
	q := (*[3]byte)(s)
	fmt.Println(len(q))
}
