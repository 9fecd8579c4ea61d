package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	a[0] = 100
	fmt.Println(a, s)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(*p, s)
	p2 := (*[2]int)(s[3:])
	p2[0] = -1
	fmt.Println(*p2, s)
	var e []int
	z := [0]int(e)
	fmt.Println(z, len(z))
	var np *[0]int = (*[0]int)(e)
	fmt.Println(np == nil)
	b := []byte("hello")
	arr := [5]byte(b)
	fmt.Println(string(arr[:]), arr)
}
