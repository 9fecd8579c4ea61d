package main

import "fmt"

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Total[S Stringish](xs []S) int {
	n := 0
	for _, x := range xs {
		n += x.Len()
	}
	return n
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]Celsius{1.5, 2}), Total([]Name{"ab", "c"}))
}
