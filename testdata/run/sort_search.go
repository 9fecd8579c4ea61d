package main

import (
	"fmt"
	"sort"
)

func main() {
	data := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{0, 1, 4, 11, 12} {
		i := sort.Search(len(data), func(i int) bool { return data[i] >= t })
		found := i < len(data) && data[i] == t
		fmt.Println(t, i, found)
	}
	i, found := sort.Find(len(data), func(i int) int {
		switch {
		case 7 < data[i]:
			return -1
		case 7 > data[i]:
			return 1
		}
		return 0
	})
	fmt.Println(i, found)
	guess := sort.Search(1000, func(n int) bool { return n*n*n > 12345 })
	fmt.Println(guess)
}
