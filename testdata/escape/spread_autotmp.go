package main

import "fmt"

func two() (int, string) { return 1, "a" }

func three() (int, error, *int) { return 1, nil, nil }

func f(a int, _ string) (r int, err error) {
	x := a
	if x > 0 {
		y := x
		fmt.Println(y)
	}
	fmt.Println(two())
	z := 3
	fmt.Println(three())
	g := func() {
		w := 1
		fmt.Println(two())
		fmt.Println(w)
	}
	g()
	fmt.Println(z)
	return
}

func h(int, string) {}

func main() {
	for i := 0; i < 2; i++ {
		fmt.Println(two())
	}
	h(two())
	fmt.Println(two())
	var v, s = two()
	fmt.Println(v, s)
	f(1, "")
}
