package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 1, 99)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 0, -1)
	fmt.Println(s, len(s), cap(s))
	evens := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens, s)
	stack := []string{}
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top)
	}
	fmt.Println()
}
