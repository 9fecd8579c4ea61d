package main

import "errors"

var ErrBad = errors.New("bad")

func check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	if n == 0 {
		return ErrBad
	}
	return nil
}

func main() {
	println(check(-1) != nil, check(0) == ErrBad)
}
