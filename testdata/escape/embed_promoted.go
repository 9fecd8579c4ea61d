package main

import "fmt"

type Base struct{ id int }

func (b *Base) ID() int { return b.id }

type User struct {
	Base
	name string
}

func main() {
	u := User{Base{7}, "ann"}
	fmt.Println(u.ID(), u.id, u.name)
}
