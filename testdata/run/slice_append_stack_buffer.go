package main

import "fmt"

func main() {
	c := append([]byte(nil), "hello"...)
	fmt.Println("a", len(c), cap(c))
	x := append([]int(nil), 1, 2, 3)
	fmt.Println("b", len(x), cap(x))
	y := append([]byte(nil), 'h', 'i')
	fmt.Println("c", len(y), cap(y))
	var b []byte
	b = append(b, "hello"...)
	fmt.Println("d", len(b), cap(b))
	var z []int
	z = append(z, 1)
	fmt.Println("e", len(z), cap(z))
	w := append([]int(nil), []int{1, 2}...)
	fmt.Println("f", len(w), cap(w))
}
