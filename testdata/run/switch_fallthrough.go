package main

import "fmt"

func grade(n int) string {
	s := ""
	switch {
	case n >= 90:
		s += "A"
		fallthrough
	case n >= 80:
		s += "B"
		fallthrough
	case n >= 70:
		s += "C"
	case n >= 60:
		s += "D"
		fallthrough
	default:
		s += "F"
	}
	return s
}

func main() {
	for _, n := range []int{95, 85, 75, 65, 10} {
		fmt.Println(n, grade(n))
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fell)")
		fallthrough
	case 100:
		fmt.Println("hundred (fell)")
	case 4:
		fmt.Println("four")
	}
}
