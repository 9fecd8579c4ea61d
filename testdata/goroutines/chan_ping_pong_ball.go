package main

import "fmt"

type ball struct{ hits int }

// Two players pass a pointer to the same ball back and forth.
func player(name string, table chan *ball, done chan<- string) {
	for {
		b := <-table
		b.hits++
		fmt.Println(name, "hits, total", b.hits)
		if b.hits == 6 {
			done <- name
			return
		}
		table <- b
	}
}

func main() {
	table := make(chan *ball)
	done := make(chan string)
	go player("ping", table, done)
	table <- &ball{}
	go player("pong", table, done)
	fmt.Println("last hit by", <-done)
}
