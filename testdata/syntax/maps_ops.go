package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{
		"alice": 31,
		"bob":   25,
	}
	ages["carol"] = 40
	delete(ages, "bob")
	if age, ok := ages["alice"]; ok {
		fmt.Println(age)
	}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names, len(ages))
	counts := make(map[rune]int)
	for _, r := range "banana" {
		counts[r]++
	}
	clear(counts)
	nested := map[string]map[string]int{"a": {"b": 1}}
	nested["a"]["c"] = 2
	fmt.Println(len(counts), nested)
}
