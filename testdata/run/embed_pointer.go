package main

import "fmt"

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }
func (b Base) GetID() int    { return b.ID }

type Wrapper struct {
	*Base
	Name string
}

func main() {
	shared := &Base{1}
	w1 := Wrapper{shared, "a"}
	w2 := Wrapper{shared, "b"}
	w1.SetID(42)
	fmt.Println(w1.ID, w2.ID, w2.GetID(), shared.ID)
	w3 := w1
	w3.ID = 7
	fmt.Println(w1.ID)
	var w4 Wrapper
	fmt.Println(w4.Base == nil)
	w4.Base = &Base{}
	w4.SetID(9)
	fmt.Println(w4.GetID())
	fmt.Printf("%v %+v\n", w1.Name, *w1.Base)
}
