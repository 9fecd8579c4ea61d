package main

type Number interface {
	~int | ~float64
}

func Double[T Number](x T) T { return x * 2 }

func main() {
	_ = Double[string]("a") // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
}
