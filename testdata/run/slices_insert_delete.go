package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "c"}
	s = slices.Insert(s, 1, "x", "y")
	fmt.Println(s, len(s))
	s = slices.Insert(s, len(s), "end")
	fmt.Println(s)
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, len(s))
	s = slices.DeleteFunc(s, func(x string) bool { return x == "end" })
	fmt.Println(s)
	n := []int{0, 1, 2, 3, 4, 5}
	n = slices.Replace(n, 1, 3, 10, 20, 30)
	fmt.Println(n)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Repeat([]int{1, 2}, 3), slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	ch := slices.Chunk([]int{1, 2, 3, 4, 5}, 2)
	for c := range ch {
		fmt.Print(c, " ")
	}
	fmt.Println()
}
