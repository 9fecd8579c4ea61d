package main

import "fmt"

type Speaker interface{ Speak() }

type Dog struct{ name string }
type Cat struct{ name string }

func (d Dog) Speak()  { fmt.Println(d.name, "says woof") }
func (c *Cat) Speak() { fmt.Println(c.name, "says meow") }

func main() {
	var s Speaker = Dog{"rex"}
	defer s.Speak()
	cat := &Cat{"tom"}
	s = cat
	defer s.Speak()
	cat.name = "felix"
	s = Dog{"fido"}
	fmt.Println("main done")
}
