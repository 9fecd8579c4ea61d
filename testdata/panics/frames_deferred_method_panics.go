package main

import "fmt"

type Conn struct{ id int }

func (c Conn) Close() {
	fmt.Println("closing conn", c.id)
	if c.id == 2 {
		panic(fmt.Sprintf("conn %d: close failed", c.id))
	}
}

func use(id int) {
	c := Conn{id}
	defer c.Close()
	fmt.Println("using conn", id)
}

func main() {
	use(1)
	use(2)
	fmt.Println("not reached")
}
