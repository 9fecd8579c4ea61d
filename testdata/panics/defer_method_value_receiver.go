package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() {
	fmt.Println("value receiver:", c.name, c.n)
}

func (c *Counter) ShowPtr() {
	fmt.Println("pointer receiver:", c.name, c.n)
}

func main() {
	c := Counter{name: "c", n: 1}
	defer c.Show()
	defer c.ShowPtr()
	c.n = 2
	c.name = "changed"
	fmt.Println("main sets n =", c.n)
}
