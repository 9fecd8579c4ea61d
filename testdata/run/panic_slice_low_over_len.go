package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	s := arr[:]
	lo := 4
	fmt.Println(s[3:])
	fmt.Println(s[lo:])
}
