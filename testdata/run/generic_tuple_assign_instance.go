package main

import (
	"errors"
	"fmt"
)

func g[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var r1 T1
	var r2 T2
	call := func() {
		r1, r2 = f()
	}
	return func() (T1, T2) {
		call()
		return r1, r2
	}
}

func main() {
	h := g(func() (int, error) { return 3, errors.New("x") })
	n, err := h()
	fmt.Println(n, err)
}
