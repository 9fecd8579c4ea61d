package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	c := maps.Clone(m)
	c["four"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "four")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	dst := map[string]int{"zero": 0}
	maps.Copy(dst, m)
	fmt.Println(dst)
	sum := 0
	for _, v := range maps.All(m) {
		sum += v
	}
	fmt.Println(sum)
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inv)
}
