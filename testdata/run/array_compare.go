package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	s1 := [2]string{"x", "y"}
	s2 := [2]string{"x", "y"}
	fmt.Println(s1 == s2)
	p1 := [2]P{{1, 2}, {3, 4}}
	p2 := [2]P{{1, 2}, {3, 4}}
	p2[1].Y = 5
	fmt.Println(p1 == p2, p1[0] == p2[0])
	var z [4]float64
	fmt.Println(z == [4]float64{}, z)
	var i1, i2 [2]any
	i1[0], i2[0] = 1, 1
	fmt.Println(i1 == i2)
	i2[1] = "s"
	fmt.Println(i1 == i2)
}
