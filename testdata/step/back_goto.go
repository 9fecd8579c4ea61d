package main

import "fmt"

func square(x int) int {
	y := x * x
	return y
}

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		total += square(i)
	}
	fmt.Println(total)
}
