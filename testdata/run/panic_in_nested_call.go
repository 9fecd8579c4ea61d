package main

import "fmt"

func level3(s []int, i int) int { return s[i] * 2 }
func level2(s []int, i int) int { return level3(s, i+1) + 1 }
func level1(s []int) int {
	total := 0
	for i := range s {
		total += level2(s, i)
		fmt.Println("partial", total)
	}
	return total
}

func main() {
	fmt.Println(level1([]int{1, 2, 3}))
}
