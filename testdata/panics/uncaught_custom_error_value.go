package main

import "fmt"

type ValErr struct{ Field string }

func (v ValErr) Error() string  { return "invalid field " + v.Field }
func (v ValErr) String() string { return "String is not used" }

func main() {
	var e error = ValErr{"age"}
	fmt.Println("error:", e)
	panic(ValErr{"name"})
}
