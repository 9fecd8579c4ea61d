package main

import "fmt"

type OpError struct {
	Op   string
	Code int
}

func (e *OpError) Error() string {
	return fmt.Sprintf("op %s failed with code %d", e.Op, e.Code)
}

func do(op string) error {
	return &OpError{Op: op, Code: 13}
}

func main() {
	err := do("write")
	fmt.Println("error:", err)
	panic(err)
}
