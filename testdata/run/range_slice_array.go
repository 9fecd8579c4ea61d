package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range s {
		s = append(s, "x")
		_ = i
	}
	fmt.Println(len(s))
	a := [4]int{1, 2, 3, 4}
	total := 0
	for _, v := range a {
		total += v
	}
	fmt.Println(total)
	p := &a
	for i, v := range p {
		p[3] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	var idx int
	var val string
	for idx, val = range []string{"p", "q"} {
	}
	fmt.Println(idx, val)
	nums := []int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
