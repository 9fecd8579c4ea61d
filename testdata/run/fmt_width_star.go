package main

import "fmt"

func main() {
	for _, w := range []int{1, 3, 6} {
		fmt.Printf("[%*d][%-*d]\n", w, 42, w, 42)
	}
	fmt.Printf("[%.*f][%*.*f]\n", 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("[%*s]\n", -6, "ab")
	fmt.Printf("[%6.*s]\n", 1, "xyz")
	fmt.Printf("[%*d]\n", "x", 5)
	fmt.Printf("[%.*d]\n", 4, 7)
	items := []struct {
		name  string
		price float64
	}{{"apple", 1.5}, {"banana", 0.25}, {"kiwi", 12}}
	for _, it := range items {
		fmt.Printf("%-8s|%8.2f|\n", it.name, it.price)
	}
	fmt.Printf("[%3c][%-3c]\n", 'x', 'y')
	fmt.Printf("[%06.2f][%-06d][%+06d]\n", -1.5, 3, 3)
}
