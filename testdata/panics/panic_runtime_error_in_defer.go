package main

import "fmt"

type Conf struct{ name string }

func main() {
	var c *Conf
	defer func() {
		fmt.Println("deferred: reading c.name")
		fmt.Println(c.name)
	}()
	fmt.Println("panicking with string")
	panic("config missing")
}
