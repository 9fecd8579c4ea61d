package main

import "fmt"

type T struct{ n int }

func (t T) Conv[U any](f func(int) U) U { return f(t.n) }

func main() {
	t := T{3}
	s := t.Conv(func(i int) string { return fmt.Sprint(i) })
	f := T.Conv[float64]
	fmt.Println(s, t.Conv[int](func(i int) int { return i * 2 }), f)
}
