package main

import "fmt"

type Box struct{ V int }

func (b Box) Get() int { return b.V }

type Getter interface{ Get() int }

func main() {
	b := Box{1}
	var g Getter = b
	b.V = 2
	fmt.Println(g.Get(), b.Get())
	pb := &b
	var g2 Getter = pb
	b.V = 3
	fmt.Println(g2.Get())
	var a any = b
	b.V = 4
	fmt.Println(a.(Box).V)
	arr := [2]int{1, 2}
	var ai any = arr
	arr[0] = 100
	fmt.Println(ai, arr)
	s := []int{1, 2}
	var si any = s
	s[0] = 100
	fmt.Println(si)
}
