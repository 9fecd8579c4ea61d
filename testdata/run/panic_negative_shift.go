package main

import "fmt"

func main() {
	x := 1
	for s := 2; ; s-- {
		fmt.Println(s, x<<s)
	}
}
