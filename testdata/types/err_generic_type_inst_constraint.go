package main

type Num interface{ ~int | ~float64 }

type Box[T Num] struct{ v T }

func main() {
	var b Box[string] // ERROR "string does not satisfy Num \(string missing in ~int \| ~float64\)"
	_ = b
}
