package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	s := []int{5, 2, 8}
	fmt.Println(slices.Collect(slices.Values(s)))
	fmt.Println(slices.Sorted(slices.Values(s)))
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values(s)))
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	var nilSeq []int
	fmt.Println(slices.Collect(slices.Values(nilSeq)) == nil)
	fmt.Println(slices.SortedFunc(slices.Values([]string{"bb", "a", "ccc"}), func(a, b string) int { return len(b) - len(a) }))
	idx := 0
	for i, v := range slices.All([]string{"x", "y"}) {
		idx += i
		fmt.Print(v)
	}
	fmt.Println(idx)
}
