package main

import (
	"errors"
	"fmt"
)

var errClose = errors.New("close failed")

type file struct {
	name      string
	failClose bool
}

func (f *file) Close() error {
	fmt.Println("closing", f.name)
	if f.failClose {
		return errClose
	}
	return nil
}

func process(name string, fail bool) (err error) {
	f := &file{name, fail}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("process %s: %w", name, cerr)
		}
	}()
	fmt.Println("processing", name)
	return nil
}

func main() {
	fmt.Println("result:", process("a.txt", false))
	err := process("b.txt", true)
	fmt.Println("result:", err)
	fmt.Println("is errClose:", errors.Is(err, errClose))
}
