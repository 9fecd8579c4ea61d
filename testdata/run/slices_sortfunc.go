package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	ps := []P{{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Alice", 20}, {"bob", 24}}
	slices.SortFunc(ps, func(a, b P) int {
		if c := cmp.Compare(a.Age, b.Age); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	fmt.Println(ps)
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
	fmt.Println(ps)
	fmt.Println(slices.IsSortedFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) }))
	oldest := slices.MaxFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest)
	i, ok := slices.BinarySearchFunc([]P{{"a", 1}, {"b", 5}, {"c", 9}}, 5, func(p P, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(i, ok)
	fmt.Println(cmp.Compare(1.5, 2), cmp.Less("b", "a"), cmp.Or(0, 0, 3, 4), cmp.Or("", "x"))
}
