package main

import "fmt"

func label(id int, name string) string {
	return fmt.Sprintf("%d-%s", id, name)
}

func main() {
	s := label(7, "x")
	fmt.Printf("%s %d\n", s, len(s))
}
