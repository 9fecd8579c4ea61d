package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		fmt.Println(i, v)
	}
	fmt.Println(a)
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		b[2] = 100
		fmt.Println(i, v)
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		s[2] = 100
		fmt.Println(i, v)
	}
	var pa *[4]int
	for i := range pa {
		fmt.Print(i)
	}
	fmt.Println(len(pa))
}
