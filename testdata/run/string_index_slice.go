package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(len(s), s[0], s[7], s[len(s)-1])
	fmt.Println(s[:5], s[7:], s[7:10], s[3:3] == "")
	fmt.Printf("%T %T\n", s[0], s[1:2])
	t := s
	t += "!"
	fmt.Println(s, t)
	for i := 0; i < 5; i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[7:8], len(s[7:8]), []byte(s[7:8]))
	u := s[:0]
	fmt.Println(len(u), u == "")
}
