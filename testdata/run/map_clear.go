package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1}, "b": {2, 3}}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = []int{4}
	fmt.Println(alias)
	var nm map[int]int
	clear(nm)
	fmt.Println(nm == nil)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	clear(counts)
	counts['z'] = 1
	fmt.Println(counts)
}
