package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

func f1() {}

func main() {
	for _, p := range []Pair[int, string]{{1, "a"}} {
		fmt.Println(p.K, p.V)
	}
	for _, f := range []func(){f1, f1} {
		f()
	}
	var x any = 3
	if v, ok := interface{}(x).(int); ok {
		fmt.Println(v)
	}
	if func() bool {
		if true {
			return true
		}
		return false
	}() {
		fmt.Println("lit")
	}
	m := map[Pair[int, int]]bool{{1, 2}: true}
	if m[Pair[int, int]{1, 2}] {
		fmt.Println("found")
	}
	switch p := (Pair[int, int]{3, 4}); {
	case p.K > 0:
		fmt.Println(p.V)
	}
}
