package main

import "fmt"

type Speaker interface{ Speak() string }

type Named interface{ Name() string }

type NamedSpeaker interface {
	Speaker
	Named
}

type Base struct{ n string }

func (b Base) Name() string { return b.n }

type Cat struct {
	Base
	lives int
}

func (c *Cat) Speak() string { c.lives--; return "meow" }

func main() {
	c := &Cat{Base{"tom"}, 9}
	var ns NamedSpeaker = c
	fmt.Println(ns.Name(), ns.Speak(), ns.Speak(), c.lives)
	var n Named = Cat{Base{"val"}, 1}
	fmt.Println(n.Name())
	var sp Speaker = ns
	fmt.Println(sp.Speak(), c.lives)
	_, ok := n.(Speaker)
	fmt.Println(ok)
	_, ok = sp.(Named)
	fmt.Println(ok)
}
