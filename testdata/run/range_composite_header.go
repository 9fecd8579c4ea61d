package main

import "fmt"

func main() {
	for _, p := range [][2]int{{7, 4}} {
		fmt.Println(p)
	}
}
