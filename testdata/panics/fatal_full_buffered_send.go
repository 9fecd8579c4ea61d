package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	defer close(ch)
	for _, s := range []string{"a", "b", "c"} {
		fmt.Println("sending", s, "len", len(ch))
		ch <- s
	}
}
