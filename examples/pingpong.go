package main

import (
	"fmt"
	"time"
)

// Two goroutines hand a ball back and forth over unbuffered channels; the
// sleep takes no real time under gosub's virtual clock.
func player(name string, table chan int, done chan bool) {
	for {
		ball, ok := <-table
		if !ok {
			done <- true
			return
		}
		fmt.Println(name, ball)
		time.Sleep(100 * time.Millisecond)
		table <- ball + 1
	}
}

func main() {
	table := make(chan int)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- 1
	time.Sleep(time.Second)
	<-table
	close(table)
	<-done
	<-done
	fmt.Println("game over")
}
