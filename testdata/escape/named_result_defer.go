package main

import "errors"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("division by zero")
		}
	}()
	q = a / b
	return
}

func main() {
	_, err := safeDiv(1, 0)
	println(err != nil)
}
