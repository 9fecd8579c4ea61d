package main

import (
	"fmt"
	"sync"
)

type greeter struct {
	name string
	out  chan string
}

func (g greeter) greet(wg *sync.WaitGroup) {
	defer wg.Done()
	g.out <- "hello from " + g.name
}

func (g *greeter) rename(n string, done chan bool) {
	g.name = n
	done <- true
}

// go with method values: the receiver is evaluated at the go statement.
func main() {
	out := make(chan string, 2)
	g := greeter{"first", out}
	var wg sync.WaitGroup
	wg.Add(1)
	go g.greet(&wg) // copies g now
	g.name = "changed"
	wg.Wait()
	fmt.Println(<-out)
	done := make(chan bool)
	go g.rename("renamed", done)
	<-done
	fmt.Println("name now:", g.name)
	f := g.greet
	wg.Add(1)
	go f(&wg)
	wg.Wait()
	fmt.Println(<-out)
}
