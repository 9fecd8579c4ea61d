package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
	ErrC = errors.New("error C")
)

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	wrapped := fmt.Errorf("ctx: %w", j)
	fmt.Println(wrapped, errors.Is(wrapped, ErrB))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Unwrap(j) == nil)
	nested := errors.Join(j, ErrC)
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, ErrA))
}
