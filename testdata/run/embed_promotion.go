package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe(), d.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	d.Legs = 3
	fmt.Println(d.Animal.Describe())
	f := d.Describe
	d.Name = "Changed"
	fmt.Println(f())
}
