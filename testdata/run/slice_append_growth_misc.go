package main

import "fmt"

func main() {
	var a []int32
	for i := 0; i < 20; i++ {
		a = append(a, 1)
		fmt.Print(cap(a), " ")
	}
	fmt.Println()
	var f []float64
	for i := 0; i < 20; i++ {
		f = append(f, 1)
		fmt.Print(cap(f), " ")
	}
	fmt.Println()
	var p []*int
	for i := 0; i < 20; i++ {
		p = append(p, nil)
		fmt.Print(cap(p), " ")
	}
	fmt.Println()
	var r [][3]int64
	for i := 0; i < 20; i++ {
		r = append(r, [3]int64{})
		fmt.Print(cap(r), " ")
	}
	fmt.Println()
	x := make([]int, 1000)
	x = append(x, 1)
	fmt.Println(len(x), cap(x))
	y := make([]int, 3, 3)
	y = append(y, 1, 2, 3, 4, 5, 6, 7, 8)
	fmt.Println(len(y), cap(y))
}
