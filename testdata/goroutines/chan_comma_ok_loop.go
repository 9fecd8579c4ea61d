package main

import "fmt"

// Receiving with the comma-ok form in an explicit loop instead of range.
func main() {
	ch := make(chan string)
	go func() {
		for _, s := range []string{"one", "two", "three"} {
			ch <- s
		}
		close(ch)
	}()
	for {
		s, ok := <-ch
		if !ok {
			fmt.Println("closed, s =", fmt.Sprintf("%q", s))
			break
		}
		fmt.Println("received", s)
	}
}
