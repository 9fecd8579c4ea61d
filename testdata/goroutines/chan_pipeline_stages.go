package main

import (
	"fmt"
	"strings"
)

// Three pipeline stages connected by unbuffered channels.
func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		for _, w := range words {
			out <- w
		}
		close(out)
	}()
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		for w := range in {
			out <- strings.ToUpper(w)
		}
		close(out)
	}()
	return out
}

func exclaim(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- w + "!"
		}
	}()
	return out
}

func main() {
	for w := range exclaim(upper(gen("go", "chan", "select", "sync"))) {
		fmt.Println(w)
	}
	fmt.Println("pipeline drained")
}
