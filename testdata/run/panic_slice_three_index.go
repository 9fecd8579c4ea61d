package main

import "fmt"

func main() {
	s := make([]int, 4, 8)
	a, b, c := 1, 3, 9
	fmt.Println(len(s[1:3:8]), cap(s[1:3:8]))
	fmt.Println(s[a:b:c])
}
