package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	q = -1
	q = a / b
	return q, nil
}

func partial() (n int, s string) {
	defer func() {
		recover()
		s = "recovered"
	}()
	n = 10
	s = "set before panic"
	panic(errors.New("stop"))
}

func unnamedZero() int {
	defer func() { recover() }()
	x := 5
	panic(x)
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(partial())
	fmt.Println("unnamedZero() =", unnamedZero())
}
