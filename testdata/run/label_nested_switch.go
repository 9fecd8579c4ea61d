package main

import "fmt"

func main() {
	data := []string{"a", "skip", "b", "stop", "c"}
L:
	for _, s := range data {
		switch s {
		case "skip":
			continue L
		case "stop":
			break L
		}
		fmt.Println(s)
	}
	n := 0
Outer:
	for {
		for {
			n++
			if n > 5 {
				break Outer
			}
			if n%2 == 0 {
				continue Outer
			}
			fmt.Print(n, " ")
		}
	}
	fmt.Println("n =", n)
Block:
	switch {
	case true:
		for i := 0; i < 3; i++ {
			if i == 1 {
				break Block
			}
			fmt.Println("i", i)
		}
		fmt.Println("not printed")
	}
	fmt.Println("end")
}
