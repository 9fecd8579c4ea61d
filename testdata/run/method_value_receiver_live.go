package main

import "fmt"

// A method value with a pointer receiver holds its receiver's address, so
// the variable must outlive its last mention: the value still reads it.

type counter struct {
	hits *int
	name string
}

func (c *counter) bump() string {
	*c.hits++
	return fmt.Sprint(c.name, " ", *c.hits)
}

func main() {
	n := 0
	c := counter{hits: &n, name: "c"}
	f := c.bump
	fmt.Println(f())
	fmt.Println(f())
	fmt.Println("n is", n)
}
