package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Println(fmt.Sprint("a", "b", "c"))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, 4))
	fmt.Println(fmt.Sprint(1, "x", 2))
	fmt.Println(fmt.Sprint(true, false, nil, 'a'))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, "s", S("t"), S("u")))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, "b"))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Print("x", 1, 2, "y\n")
	fmt.Print(1.5, 2.5, "\n")
	n, err := fmt.Println("count", "me")
	fmt.Println(n, err)
	var ip *int
	fmt.Println(fmt.Sprint(ip, ip), fmt.Sprint(nil, nil))
}
