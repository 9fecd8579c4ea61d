package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Square{1} // ERROR "cannot use Square\{…\} \(value of struct type Square\) as Shape value in variable declaration: Square does not implement Shape \(missing method Perimeter\)"
	_ = s
}
