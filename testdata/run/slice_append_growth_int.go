package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 40; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	t := make([]int, 0, 5)
	for i := 0; i < 12; i++ {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
	u := []int{}
	u = append(u, 1, 2, 3, 4, 5)
	fmt.Println(len(u), cap(u))
	u = append(u, 6, 7, 8, 9, 10, 11, 12)
	fmt.Println(len(u), cap(u))
}
