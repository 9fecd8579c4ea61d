package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func ignore(_ int, s string) string { return s }

func main() {
	q, r := divmod(17, 5)
	v, err := safeDiv(1, 0)
	fmt.Println(q, r, v, err, ignore(1, "s"))
}
