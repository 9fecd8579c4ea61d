package main

import "fmt"

type K struct {
	Name string
	Data any
}

func main() {
	m := map[K]bool{}
	m[K{"a", 1}] = true
	fmt.Println(len(m))
	m[K{"b", map[string]int{}}] = true
}
