package main

import (
	"fmt"
	"sort"
)

type Card struct {
	Rank int
	Suit string
}

type Hand []Card

func (h Hand) Len() int      { return len(h) }
func (h Hand) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h Hand) Less(i, j int) bool {
	if h[i].Suit != h[j].Suit {
		return h[i].Suit < h[j].Suit
	}
	return h[i].Rank < h[j].Rank
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	h := Hand{{10, "s"}, {2, "h"}, {14, "s"}, {7, "c"}, {2, "c"}, {11, "h"}}
	sort.Sort(h)
	fmt.Println(h)
	words := byLen{"banana", "kiwi", "fig", "apple", "plum", "date"}
	sort.Stable(words)
	fmt.Println(words)
	idx := sort.Search(len(h), func(i int) bool { return h[i].Suit >= "h" })
	fmt.Println(idx, h[idx])
}
