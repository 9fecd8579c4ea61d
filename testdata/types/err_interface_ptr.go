package main

type I interface{ M() }

type T struct{}

func (t T) M() {}

func main() {
	var i I = T{}
	var p *I = &i
	p.M() // ERROR "p\.M undefined \(type \*I is pointer to interface, not interface\)"
}
