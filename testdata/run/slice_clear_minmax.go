package main

import "fmt"

func main() {
	s := []int{5, 3, 8, 1}
	clear(s)
	fmt.Println(s, len(s))
	f := []float64{1.5, 2.5}
	clear(f[1:])
	fmt.Println(f)
	strs := []string{"a", "b", "c"}
	clear(strs[:2])
	fmt.Printf("%q\n", strs)
	ps := []*int{new(int)}
	clear(ps)
	fmt.Println(ps[0] == nil)
	var nilS []int
	clear(nilS)
	fmt.Println(nilS == nil)
}
