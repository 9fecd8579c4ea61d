package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		fallthrough
	case 6:
		fmt.Println("fell")
	default:
		fmt.Println("big")
	}
	switch grade(85) {
	case "A":
	case "B":
		fmt.Println("B!")
	}
	switch {
	}
}
