package main

import "fmt"

const verbose = false

func f(n int) int {
	x := n * 2
	if verbose {
		g := func() { x++ }
		g()
		fmt.Println(&x)
	}
	return x
}

func h(n int) (r int) {
	y := n
	return y + 1
	defer func() { r += y }()
	z := &y
	*z = 3
	return *z
}

func main() {
	fmt.Println(f(3), h(4))
	v := 5
	for w := range func(yield func(int) bool) {
		for i := 0; i < 2; i++ {
			if !yield(i) {
				return
			}
		}
	} {
		add := func() int { return v + w }
		fmt.Println(add())
		if false {
			fmt.Println(&w)
		}
	}
}
