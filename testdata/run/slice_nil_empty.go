package main

import "fmt"

func main() {
	var n []int
	e := []int{}
	m := make([]int, 0)
	fmt.Println(n == nil, e == nil, m == nil)
	fmt.Println(len(n), cap(n), len(e), cap(e))
	fmt.Println(n, e, m)
	fmt.Printf("%v %v %#v %#v\n", n, e, n, e)
	n = append(n, 1)
	fmt.Println(n, n == nil)
	var ns []string
	for range ns {
		fmt.Println("never")
	}
	fmt.Println(ns[:0] == nil, e[:0] == nil, len(n[:0]))
	var ps *[]int
	fmt.Println(ps == nil)
	z := n[1:]
	fmt.Println(z, len(z), z == nil)
}
