package main

import "fmt"

type T struct{ a int }

func main() {
	x := T{}
	if x == (T{}) {
		fmt.Println("zero")
	}
	for _, v := range []int{1, 2} {
		fmt.Print(v)
	}
	if v := (T{1}); v.a > 0 {
		fmt.Print(v.a)
	}
	switch s := []string{"a"}; len(s) {
	case 1:
		fmt.Print("one")
	}
	for _, p := range []T{{1}, {2}} {
		fmt.Print(p.a)
	}
	if m := map[string]int{"a": 1}; m["a"] == 1 {
		fmt.Print("m")
	}
	if f := func() bool { return true }; f() {
		fmt.Print("f")
	}
	for i := 0; i < len([]int{1, 2, 3}); i++ {
		fmt.Print(i)
	}
	if struct{}{} == struct{}{} {
		fmt.Println("structs")
	}
}
