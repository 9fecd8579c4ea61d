package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	sum, ksum := 0, ""
	keys := []string{}
	for k, v := range m {
		sum += v
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ksum += k
	}
	fmt.Println(sum, ksum)
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
	prod := 1
	for k := range m {
		prod *= m[k]
	}
	fmt.Println(prod)
	var nilm map[int]int
	for k, v := range nilm {
		fmt.Println(k, v)
	}
	fmt.Println("done")
}
