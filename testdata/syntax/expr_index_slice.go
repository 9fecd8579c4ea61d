package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	fmt.Println(s[1], s[1:3], s[:2], s[4:], s[:], s[1:3:4])
	str := "hello"
	fmt.Println(str[1], str[1:3], str[:])
	arr := [5]int{1, 2, 3}
	ps := &arr
	fmt.Println(ps[0], ps[1:2], len(arr[:0]))
	m := map[string][]int{"k": {9}}
	fmt.Println(m["k"][0])
	matrix := [][]int{{1, 2}, {3, 4}}
	fmt.Println(matrix[1][0])
}
