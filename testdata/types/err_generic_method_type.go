package main

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }

func main() {
	var b Box[int]
	b.Set("str") // ERROR "cannot use \"str\" \(untyped string constant\) as int value in argument to b\.Set"
}
