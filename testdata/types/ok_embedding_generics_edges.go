package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
	Read() string
}

type file struct{ Reader }

type src struct{}

func (src) Read() string { return "data" }

type A struct{ X, Y int }
type B struct{ X, Y int }

type Handler func(string) string

type Stringer interface{ String() string }

type name string

func (n name) String() string { return strings.ToUpper(string(n)) }

func JoinAll[T Stringer](xs []T) string {
	parts := make([]string, 0, len(xs))
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, ",")
}

func Convert[T ~int | ~float64, U ~int | ~float64](x T) U { return U(x) }

func Len[S ~[]E, E any](s S) int { return len(s) }

func Get[M ~map[K]V, K comparable, V any](m M, k K) V { return m[k] }

func First[S ~[]E, E any](s S) (e E) {
	for _, v := range s {
		return v
	}
	return
}

func main() {
	f := file{src{}}
	read := f.Read
	a := A{1, 2}
	b := B(a)
	var h Handler = strings.ToLower
	h = func(s string) string { return s + "!" }
	n := 0
	for ; n < 3; n++ {
	}
	for ; ; n-- {
		if n == 0 {
			break
		}
	}
	inc := func() { n++ }
	inc()
	anon := struct {
		A
		Tag string
	}{A{3, 4}, "t"}
	fmt.Println(read(), b.X, h("x"), n, anon.X, JoinAll([]name{"a", "b"}), Convert[int, float64](3))
	fmt.Println(Len([]string{"a"}), Get(map[string]int{"k": 7}, "k"), First([]int{9}))
	var rc ReadCloser
	_ = rc
	type A = B
	var shadow A = B{}
	fmt.Println(shadow)
	goto done
done:
	fmt.Println("end")
}
