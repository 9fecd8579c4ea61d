package main

import "fmt"

func main() {
	a := [...]int{5, 6, 7}
	b := [5]int{1: 10, 3: 30}
	c := [...]string{2: "two", 0: "zero"}
	d := [...]int{4: 1, 2, 9: 3}
	fmt.Println(a, len(a))
	fmt.Println(b, len(b))
	fmt.Printf("%q %d\n", c, len(c))
	fmt.Println(d, len(d))
	var e [3]bool
	fmt.Println(e)
	m := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	for i, row := range m {
		for j, v := range row {
			fmt.Print(i, j, v, ";")
		}
	}
	fmt.Println()
	fmt.Printf("%v %T\n", m, m)
}
