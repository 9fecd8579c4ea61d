package main

import (
	"fmt"
	"strings"
)

type request struct {
	text  string
	reply chan string
}

// A server goroutine owns its state; clients send a reply channel along
// with each request (a channel of channels).
func server(reqs <-chan request) {
	count := 0
	for r := range reqs {
		count++
		r.reply <- fmt.Sprintf("#%d %s", count, strings.ToUpper(r.text))
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for _, w := range []string{"hello", "gopher", "channels"} {
		r := request{w, make(chan string)}
		reqs <- r
		fmt.Println(<-r.reply)
	}
	close(reqs)
}
