package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
	src := []int{1, 2, 3, 4, 5}
	n := copy(a, src)
	fmt.Println(n, a)
	n = copy(src, b)
	fmt.Println(n, src)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	n = copy(src, src[2:])
	fmt.Println(n, src)
	var nilS []int
	n = copy(nilS, src)
	fmt.Println(n)
	bs := make([]byte, 4)
	n = copy(bs, "golang")
	fmt.Println(n, string(bs))
	z := make([]string, 2)
	fmt.Printf("%q\n", z)
}
