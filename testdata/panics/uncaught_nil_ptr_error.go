package main

import "fmt"

type NilErr struct{ msg string }

func (e *NilErr) Error() string {
	if e == nil {
		return "nil *NilErr"
	}
	return e.msg
}

func find() *NilErr { return nil }

func main() {
	var err error = find()
	fmt.Println("err == nil:", err == nil)
	panic(err)
}
