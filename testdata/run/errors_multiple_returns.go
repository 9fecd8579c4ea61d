package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(xs []string) ([]int, error) {
	var out []int
	var errs []error
	for i, x := range xs {
		n, err := strconv.Atoi(x)
		if err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", i, err))
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func divide(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q = a / b
	return
}

func main() {
	nums, err := parseAll([]string{"1", "two", "3", "4x"})
	fmt.Println(nums)
	fmt.Println(err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	nums, err = parseAll([]string{"5"})
	fmt.Println(nums, err == nil)
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
}
