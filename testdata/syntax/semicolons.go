package main

import "fmt"

func f() (int, int) { return 1, 2 }

func main() {
	x := 1; y := 2
	fmt.Println(x,
		y,
	)
	s := []string{
		"a",
		"b",
	}
	n := len(s) +
		x
	fmt.
		Println(n)
	a, b := f()
	if a < b { fmt.Println("lt") }
	for i := 0; i < 1; i++ { x++ }
	z := func() int { return 3 }()
	fmt.Println(x, z)
}
