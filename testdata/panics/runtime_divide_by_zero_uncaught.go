package main

import "fmt"

func avg(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / len(xs)
}

func main() {
	fmt.Println("avg:", avg([]int{2, 4, 9}))
	fmt.Println("avg:", avg(nil))
}
