package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func cleanup(name string) func() {
	fmt.Println("open", name)
	return func() { fmt.Println("close", name) }
}

func process() (err error) {
	defer cleanup("file")()
	defer func() {
		if err != nil {
			err = errors.Join(err, errors.New("extra"))
		}
	}()
	return errors.New("failed")
}

func main() {
	fmt.Println(safeDiv(10, 0))
	fmt.Println(process())
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	var re interface{ RuntimeError() }
	_ = re
}
