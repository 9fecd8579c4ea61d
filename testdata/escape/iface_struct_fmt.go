package main

import "fmt"

type Sq struct{ s int }

func main() {
	fmt.Println(Sq{2})
	var v any = Sq{3}
	fmt.Println(v)
	n := 300
	fmt.Println(n, "lit", 1.5)
}
