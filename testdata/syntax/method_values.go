package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ name string }

func (g Greeter) Greet(greeting string) string { return greeting + ", " + g.name }

func (g *Greeter) Rename(n string) { g.name = n }

func main() {
	g := Greeter{"ann"}
	hello := g.Greet
	rename := g.Rename
	rename("bo")
	byType := Greeter.Greet
	byPtr := (*Greeter).Rename
	byPtr(&g, "cy")
	up := strings.ToUpper
	fmt.Println(hello("hi"), byType(g, "yo"), up(g.name))
}
