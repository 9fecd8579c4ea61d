package main

import "fmt"

func main() {
	groups := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "ddd", "e", "fff", "gggg"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	fmt.Println(len(groups[3]), groups[10] == nil)
	s := groups[1]
	s[0] = "A"
	fmt.Println(groups[1])
	adj := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	fmt.Println(adj)
}
