package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	t := make([]int, 3, 10)
	n := copy(t, s)
	u := append([]int(nil), s[1:3]...)
	s = append(s[:1], s[2:]...)
	grid := make([][]string, 2)
	for i := range grid {
		grid[i] = make([]string, 2)
	}
	fmt.Println(s, t, n, u, len(grid), cap(t))
}
