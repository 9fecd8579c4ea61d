package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, 5}, {9, 9}, {-9, 4}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b, (a/b)*b+a%b == a)
	}
	var x int8 = -7
	var y int8 = 3
	fmt.Println(x/y, x%y)
	var u uint8 = 250
	fmt.Println(u/7, u%7)
	fmt.Println(-7/2, -7%2, 7>>1, -7>>1)
}
