package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func lookup(key string) error {
	return fmt.Errorf("lookup %q: %w", key, ErrNotFound)
}

func main() {
	err := lookup("alice")
	fmt.Println("is ErrNotFound:", errors.Is(err, ErrNotFound))
	panic(fmt.Errorf("main failed: %w", err))
}
