package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

var ErrBase = errors.New("base failure")

func layer1() error { return fmt.Errorf("layer1: %w", ErrBase) }
func layer2() error { return fmt.Errorf("layer2: %w", layer1()) }
func layer3() error { return fmt.Errorf("layer3: %w", &PathError{"open", "/x"}) }

func main() {
	e := layer2()
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrBase), errors.Unwrap(e))
	fmt.Println(errors.Unwrap(errors.Unwrap(e)) == ErrBase)
	fmt.Println(errors.Unwrap(ErrBase))
	e3 := layer3()
	var pe *PathError
	fmt.Println(errors.As(e3, &pe), pe.Path, pe)
	fmt.Println(errors.As(e, &pe))
	fmt.Println(errors.Is(e3, ErrBase))
	var target *PathError
	direct := &PathError{"read", "/y"}
	fmt.Println(errors.As(direct, &target), target == direct)
}
