package main

import "fmt"

type T struct{}

func (T) String() string { return "T" }

var _ fmt.Stringer = T{}
var _ fmt.Stringer = (*T)(nil)

func main() {
	len := 3
	string := "s"
	copy := func() int { return len }
	new := 1
	true := false
	nil := 0
	fmt.Println(len, string, copy(), new, true, nil)
	print("x\n")
	println("y", 1, 2.5, true)
}
