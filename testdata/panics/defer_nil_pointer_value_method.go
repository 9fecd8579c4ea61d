package main

import "fmt"

type Item struct{ n int }

func (i Item) Show()     { fmt.Println("item", i.n) }
func (i *Item) ShowPtr() { fmt.Println("ptr method, nil receiver:", i == nil) }

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var p *Item
	defer p.ShowPtr()
	fmt.Println("pointer-receiver defer registered")
	defer p.Show()
	fmt.Println("not reached: value receiver copied at defer time")
}
