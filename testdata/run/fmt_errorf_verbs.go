package main

import (
	"errors"
	"fmt"
)

func main() {
	e := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	fmt.Printf("%T\n", e)
	base := errors.New("base")
	w := fmt.Errorf("wrapped: %w", base)
	fmt.Println(w, errors.Unwrap(w) == base)
	fmt.Printf("%T\n", w)
	noW := fmt.Errorf("not wrapped: %v", base)
	fmt.Println(noW, errors.Unwrap(noW) == nil)
	two := fmt.Errorf("%w and %w", base, e)
	fmt.Println(two, errors.Unwrap(two) == nil, errors.Is(two, e))
	fmt.Printf("%T\n", two)
	bad := fmt.Errorf("oops %w", "notanerror")
	fmt.Println(bad)
	nilW := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilW, errors.Unwrap(nilW) == nil)
}
