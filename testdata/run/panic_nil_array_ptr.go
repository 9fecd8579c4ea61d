package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p))
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
	fmt.Println(p[1])
}
