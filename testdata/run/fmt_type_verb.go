package main

import (
	"errors"
	"fmt"
)

type T struct{}
type MyInt int
type G[X any] struct{ v X }

func main() {
	vals := []any{1, "s", 2.5, float32(1), true, 'r', byte(1), nil, []int{}, [3]string{}, map[string][]int{},
		T{}, &T{}, MyInt(1), struct{ A int }{}, func(int) string { return "" }, errors.New("e"), G[int]{}, uintptr(0), []any{}, new(*int)}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var e error
	fmt.Printf("%T %v\n", e, e)
	fmt.Printf("%v %d\n", []any{nil}, []any{1})
}
