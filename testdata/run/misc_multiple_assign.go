package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 9
	fmt.Println(i, x)
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r = divmod(9, 4)
	fmt.Println(r)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	fmt.Println(m)
	var p struct{ X, Y int }
	p.X, p.Y = p.Y+1, p.X+2
	fmt.Println(p)
	f1, f2 := 0, 1
	for k := 0; k < 10; k++ {
		f1, f2 = f2, f1+f2
	}
	fmt.Println(f1)
}
