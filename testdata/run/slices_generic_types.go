package main

import (
	"fmt"
	"slices"
)

type IDs []int

func main() {
	ids := IDs{30, 10, 20}
	slices.Sort(ids)
	fmt.Printf("%v %T\n", ids, ids)
	c := slices.Clone(ids)
	fmt.Printf("%T\n", c)
	strs := []string{"b", "a", "c"}
	slices.Sort(strs)
	fmt.Println(strs, slices.Index(strs, "c"))
	fl := []float64{2, 1, 3}
	slices.Reverse(fl)
	fmt.Println(fl, slices.Max(fl))
	var empty []int
	fmt.Println(slices.Contains(empty, 1), slices.Index(empty, 1))
	fmt.Println(slices.Equal([]float64{0}, []float64{-0.0}))
}
