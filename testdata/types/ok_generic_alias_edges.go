package main

import "fmt"

type Set[K comparable] = map[K]struct{}

type Num interface{ ~int | ~float64 }

type Vec[T Num] []T

func (Vec[_]) Kind() string { return "vec" }

type T struct{}

func (_ T) M() int { return 1 }

func f(c chan int) <-chan int { return (<-chan int)(c) }

func g(xs ...[]int) int { return len(xs) }

type Fn func(a, b int) (sum int)

func main() {
	s := Set[string]{"a": {}}
	var v Vec[int]
	c := make(chan int, 1)
	c <- 1
	r := f(c)
	var fn Fn = func(a, b int) (sum int) { sum = a + b; return }
	fmt.Println(len(s), v.Kind(), T{}.M(), <-r, g([]int{1}, nil), fn(1, 2))
	var p *struct{ x int } = &struct{ x int }{1}
	fmt.Println(p.x, [...]int{5: 1}[5], map[string]int{}["a"], struct{ a []int }{}.a == nil)
	type local[T any] struct{ v T }
	_ = 1
}
