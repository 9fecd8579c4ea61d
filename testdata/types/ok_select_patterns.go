package main

import (
	"fmt"
	"time"
)

func gen(n int) chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	in := gen(3)
	out := make(chan string, 10)
	quit := time.After(time.Second)
	var pending []string
	for in != nil {
		var send chan string
		var first string
		if len(pending) > 0 {
			send = out
			first = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, fmt.Sprint(v))
		case send <- first:
			pending = pending[1:]
		case <-quit:
			return
		}
	}
	fmt.Println(len(out), pending)
	select {}
}
