package main

import "fmt"

type P struct{ x, y int }

func two() (int, string) { return 1, "a" }

func pair() (P, *P) { return P{}, nil }

func show(a, b interface{}) { fmt.Println(a, b) }

func (p P) M() (int, error) { return p.x, nil }

func main() {
	x := fmt.Sprint(two())
	show(two())
	show(pair())
	fmt.Println(pair())
	s := fmt.Sprintln(x, 1)
	fmt.Print(P{}.M())
	fmt.Println(s)
}
