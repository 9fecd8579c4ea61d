package main

import "fmt"

func main() {
	words := []string{"apple", "Apple", "app", "apples", "", "b", "ä"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			a, b := words[i], words[j]
			fmt.Println(a < b, a > b, a == b, a <= b)
		}
	}
	x := "go"
	y := "g" + "o"
	fmt.Println(x == y, x+y)
}
