package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](a []T) T {
	var s T
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	_ = Sum([]string{"a"}) // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
}
