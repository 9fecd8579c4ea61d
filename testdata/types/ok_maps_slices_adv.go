package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

func main() {
	groups := map[string][]string{}
	for _, w := range strings.Fields("apple avocado banana blueberry cherry") {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	keys := slices.Sorted(maps.Keys(groups))
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	set := map[int]struct{}{}
	set[1] = struct{}{}
	if _, ok := set[1]; ok {
		delete(set, 1)
	}
	counts := map[[2]int]int{{0, 1}: 5}
	counts[[2]int{0, 1}]++
	type key struct{ a, b string }
	byKey := map[key]bool{{"x", "y"}: true}
	nums := []int{5, 2, 8}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	clone := slices.Clone(nums)
	clone = slices.Insert(clone, 1, 100)
	clone = slices.DeleteFunc(clone, func(x int) bool { return x > 50 })
	fmt.Println(len(set), counts, byKey, nums, clone, slices.Equal(nums, clone))
	m2 := maps.Clone(groups)
	fmt.Println(len(m2))
}
