package main

import "fmt"

type Pair struct {
	K string
	V []int
}

func main() {
	fmt.Println(1, -2, 3.0, 2.5, "s", true, 'c', byte('c'))
	fmt.Println([]float64{1, 2.5, 1e-9}, []bool{true})
	fmt.Println([3]int{}, [][]int{{1}, {2, 3}, nil}, []string{""})
	fmt.Println(Pair{"k", []int{1, 2}}, []Pair{{"a", nil}})
	fmt.Println(map[string]Pair{"x": {"y", []int{0}}})
	fmt.Println(struct {
		A, B any
	}{1, "b"})
	fmt.Println([]any{1, "a", []int{2}, nil, map[int]int{}})
	fmt.Println(int64(1)<<40, uint32(7), float32(0.25), complexFree())
	fmt.Println([]byte("abc"), []rune("abc"))
	fmt.Println([]error{nil}, [2]*int{})
}

func complexFree() string { return "ok" }
