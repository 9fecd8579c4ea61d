package main

import "fmt"

type pair struct{ a, b *int }

func main() {
	var ps []*pair
	for i := 0; i < 4; i++ {
		x := i
		ps = append(ps, &pair{&x, &x})
	}
	big := make([]byte, 40000)
	fmt.Println(len(ps), len(big), *ps[3].a)
}
