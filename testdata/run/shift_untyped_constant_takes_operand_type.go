package main

import "fmt"

type FileMode uint32

func main() {
	var m FileMode = 5
	for i := 0; i < 3; i++ {
		if m&(1<<uint(i)) != 0 {
			fmt.Println("bit", i)
		}
	}
	var x int64 = 1
	s := uint(3)
	y := x + 1<<s
	fmt.Println(y)
}
