package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if s.Empty() {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Empty() bool { return s.Len() == 0 }
func (s *Stack[T]) Len() int    { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3.14 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14 * c.R }

type Animal struct{ Name string }

func (a *Animal) Speak() string { return a.Name + " speaks" }

type Dog struct {
	*Animal
	Breed string
}

type Counter struct {
	n int
}

func (c *Counter) Inc() { c.n++ }

func main() {
	var s Stack[string]
	s.Push("a")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	sq := Map([]int{1, 2, 3}, func(x int) int { return x * x })
	ev := Filter(sq, func(x int) bool { return x%2 == 0 })
	total := Reduce(sq, 0.0, func(a float64, x int) float64 { return a + float64(x) })
	fmt.Println(sq, ev, total)
	shapes := []Shape{Rect{1, 2}, Circle{1}, &Rect{3, 4}}
	for _, sh := range shapes {
		fmt.Printf("%T %.2f\n", sh, sh.Area())
	}
	d := Dog{&Animal{"rex"}, "lab"}
	fmt.Println(d.Speak(), d.Name)
	c := Counter{}
	c.Inc()
	inc := c.Inc
	inc()
	f := (*Counter).Inc
	f(&c)
	g := Rect.Area
	fmt.Println(c.n, g(Rect{2, 2}))
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(len(counts))
	matrix := [][]int{{1, 2}, {3, 4}}
	matrix[0][1] += 5
	type point struct{ x, y int }
	pts := map[point]string{{1, 2}: "a"}
	fmt.Println(pts[point{1, 2}])
	var grid [3][3]bool
	grid[1][1] = true
	fmt.Println(grid)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		panic("boom")
	}()
	labels := []string{}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			labels = append(labels, fmt.Sprint(i, j))
		}
	}
	fmt.Println(labels)
	var x interface{} = 3
	if n, ok := x.(int); ok {
		fmt.Println(n + 1)
	}
	switch {
	case len(labels) > 2:
		fmt.Println("many")
		fallthrough
	case len(labels) > 0:
		fmt.Println("some")
	default:
	}
	bs := []byte("abc")
	bs = append(bs, "def"...)
	n := copy(bs, "xy")
	fmt.Println(string(bs), n)
}
