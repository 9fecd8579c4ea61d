package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(base, s)
	s = append(s, 200)
	fmt.Println(base, s, cap(s) >= 4)
	t := base[1:3]
	fmt.Println(len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t)
	u := base[:0:0]
	u = append(u, -1)
	fmt.Println(base[0], u)
	arr := [5]int{1, 2, 3, 4, 5}
	v := arr[1:2:3]
	fmt.Println(v, len(v), cap(v))
	v = append(v, 9)
	fmt.Println(arr)
	w := arr[:]
	fmt.Println(len(w[2:]), cap(w[2:]), len(w[:2]), cap(w[:2]))
}
