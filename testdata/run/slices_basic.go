package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Index(s, 1), slices.Index(s, 7), slices.Contains(s, 9), slices.Contains(s, 0))
	fmt.Println(slices.Max(s), slices.Min(s))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s)
	i, found := slices.BinarySearch(c, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(c, 7)
	fmt.Println(i, found)
	slices.Reverse(c)
	fmt.Println(c)
	fmt.Println(slices.Equal(s, c), slices.Equal([]int{}, nil), slices.Equal(s, slices.Clone(s)))
	fmt.Println(slices.IndexFunc(s, func(x int) bool { return x > 4 }), slices.ContainsFunc(s, func(x int) bool { return x < 0 }))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}))
}
