package main

import "fmt"

type Shape interface{ Area() float64 }
type Square struct{ s float64 }
type Circle struct{ r float64 }

func (q Square) Area() float64  { return q.s * q.s }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func main() {
	shapes := []Shape{Square{2}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println("area", s.Area())
	}
	sq := shapes[1].(Square)
	fmt.Println(sq)
}
