package main

import "fmt"

func main() {
	items := []string{"a", "b"}
	fmt.Println("items:", items)
	if len(items) < 3 {
		panic(fmt.Sprintf("bad state: %d items, first=%q", len(items), items[0]))
	}
}
