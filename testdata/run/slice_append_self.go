package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:2], s[3:]...)
	fmt.Println(s)
	t := make([]int, 0, 8)
	t = append(t, 1, 2, 3)
	u := append(t[:1], 10, 20)
	fmt.Println(t, u)
	var b []byte
	b = append(b, 'a')
	b = append(b, "bc"...)
	b = append(b, []byte("de")...)
	fmt.Println(string(b), len(b), cap(b))
	x := append([]int(nil))
	fmt.Println(x == nil, len(x))
	y := append([]int{}, []int{}...)
	fmt.Println(y == nil, len(y))
}
