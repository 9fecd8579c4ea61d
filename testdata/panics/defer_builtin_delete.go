package main

import (
	"fmt"
	"sort"
)

func use(m map[string]int, k string) {
	defer delete(m, k)
	m[k] = 99
	fmt.Println("inside use, len =", len(m), "m[k] =", m[k])
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	use(m, "tmp")
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("after use:", keys, len(m))
}
