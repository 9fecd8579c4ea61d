package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	v, err := find(m, "a")
	fmt.Println(v, err)
	v, err = find(m, "b")
	fmt.Println(v, err, err == ErrNotFound)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	fmt.Printf("%T %q\n", e1, e1)
	var nilErr error
	fmt.Println(nilErr == nil, errors.Is(nilErr, nil), errors.Is(err, ErrNotFound))
}
