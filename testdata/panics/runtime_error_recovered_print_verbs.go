package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%%v: %v\n", r)
		fmt.Printf("%%s: %s\n", r)
		fmt.Printf("%%q: %q\n", r)
		fmt.Printf("%%T: %T\n", r)
		fmt.Println("Println:", r)
		err := r.(error)
		fmt.Println("Error():", err.Error())
		re := r.(runtime.Error)
		re.RuntimeError()
		fmt.Println("runtime.Error ok:", re != nil)
	}()
	m := map[string][]int{"a": {1, 2}}
	fmt.Println("m[a][5] next")
	fmt.Println(m["a"][5])
}
