package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func lookup(k string) error {
	return fmt.Errorf("lookup %q: %w", k, ErrNotFound)
}

func main() {
	err := lookup("x")
	fmt.Println(errors.Is(err, ErrNotFound), err)
}
