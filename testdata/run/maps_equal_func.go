package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	a := map[int]string{1: "A", 2: "B"}
	b := map[int]string{1: "a", 2: "b"}
	fmt.Println(maps.Equal(a, b), maps.EqualFunc(a, b, strings.EqualFold))
	var n map[int]string
	fmt.Println(maps.Equal(n, map[int]string{}), maps.Clone(n) == nil)
	ins := map[string]bool{}
	maps.Insert(ins, maps.All(map[string]bool{"x": true, "y": false}))
	fmt.Println(ins)
	keys := slices.Collect(maps.Keys(ins))
	slices.Sort(keys)
	fmt.Println(keys)
}
