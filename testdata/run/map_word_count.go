package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat and the hat and the bat sat on the mat"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println(counts)
}
