package main

import "fmt"

type Guard struct{ name string }

func (g *Guard) Recover() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "pointer method recovered:", r)
	}
}

func (g Guard) RecoverVal() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "value method recovered:", r)
	}
}

type Recoverer interface{ Recover() }

func viaPointer() {
	g := &Guard{"p"}
	defer g.Recover()
	panic("one")
}

func viaValue() {
	g := Guard{"v"}
	defer g.RecoverVal()
	panic("two")
}

func viaInterface() {
	var r Recoverer = &Guard{"i"}
	defer r.Recover()
	panic("three")
}

func viaMethodValue() {
	f := (&Guard{"mv"}).Recover
	defer f()
	panic("four")
}

func main() {
	viaPointer()
	viaValue()
	viaInterface()
	viaMethodValue()
	fmt.Println("all recovered")
}
