package main

import "fmt"

type Speaker interface{ Speak() string }
type Mover interface{ Move() }
type Both interface {
	Speaker
	Mover
}

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name }
func (d *Dog) Move()        {}

type Wrapper struct {
	Dog
}

type PtrWrapper struct {
	*Dog
}

func main() {
	var s Speaker = Dog{"a"}
	var b Both = &Dog{"b"}
	var w Speaker = Wrapper{Dog{"c"}}
	var pw Both = PtrWrapper{&Dog{"d"}}
	var wp Both = &Wrapper{}
	fmt.Println(s.Speak(), b.Speak(), w.Speak(), pw.Speak(), wp != nil)
	var m Mover = b
	_, ok := m.(Speaker)
	fmt.Println(ok)
}
