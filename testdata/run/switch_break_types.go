package main

import "fmt"

type Day int

const (
	Mon Day = iota + 1
	Tue
	Wed
	Sat = 6
	Sun = 7
)

func main() {
	for d := Day(1); d <= 7; d++ {
		switch d {
		case Sat, Sun:
			fmt.Println(d, "weekend")
			continue
		case Wed:
			if d == 3 {
				fmt.Println(d, "midweek")
				break
			}
			fmt.Println("unreachable")
		default:
			fmt.Println(d, "weekday")
		}
		fmt.Println("after", d)
	}
	var i any = "str"
	switch i {
	case 1:
		fmt.Println("one")
	case "str":
		fmt.Println("string match")
	}
	switch s := []string{"a"}; len(s) {
	case 0:
	case 1:
		fmt.Println("len 1")
	}
}
