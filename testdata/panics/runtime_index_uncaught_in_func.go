package main

import "fmt"

func get(s []string, i int) string {
	defer fmt.Println("get's defer runs, i =", i)
	return s[i]
}

func main() {
	names := []string{"ann", "bob"}
	fmt.Println(get(names, 1))
	fmt.Println(get(names, 2))
}
