package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{2}
	sq := s.(Sq)
	if _, ok := s.(interface{ Perimeter() float64 }); !ok {
		fmt.Println("no perimeter")
	}
	var e error = errors.New("x")
	var i interface{} = e
	err, ok := i.(error)
	fmt.Println(sq.s, err, ok)
}
