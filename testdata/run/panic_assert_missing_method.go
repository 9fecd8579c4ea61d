package main

import "fmt"

type Walker interface{ Walk() string }
type Rock struct{}

func main() {
	var x any = Rock{}
	_, ok := x.(Walker)
	fmt.Println("ok:", ok)
	w := x.(Walker)
	fmt.Println(w.Walk())
}
