package main

import "fmt"

type Small struct {
	A int32
	B int8
}

type Big struct {
	X, Y, Z float64
	Name    string
}

func main() {
	var s []Small
	last := -1
	for i := 0; i < 300; i++ {
		s = append(s, Small{int32(i), 1})
		if cap(s) != last {
			fmt.Println("small", len(s), cap(s))
			last = cap(s)
		}
	}
	var b []Big
	last = -1
	for i := 0; i < 300; i++ {
		b = append(b, Big{Name: "n"})
		if cap(b) != last {
			fmt.Println("big", len(b), cap(b))
			last = cap(b)
		}
	}
	var e []struct{}
	for i := 0; i < 5; i++ {
		e = append(e, struct{}{})
	}
	fmt.Println(len(e), cap(e) >= 5)
}
