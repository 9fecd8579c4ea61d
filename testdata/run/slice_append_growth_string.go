package main

import "fmt"

func main() {
	var s []string
	last := -1
	for i := 0; i < 600; i++ {
		s = append(s, "x")
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	t := append([]string{"a"}, "b", "c", "d")
	fmt.Println(len(t), cap(t))
}
