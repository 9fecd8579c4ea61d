package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	m["a"] = 2
	fmt.Println(len(m))
	m[[]string{"x"}] = 3
	fmt.Println(len(m))
}
