package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(m, len(m))
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "missing")
	fmt.Println(m, len(m))
	m["two"] += 10
	m["new"]++
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"])
	delete(nm, "x")
	for range nm {
		fmt.Println("never")
	}
	m2 := make(map[int]bool, 100)
	fmt.Println(len(m2), m2)
}
