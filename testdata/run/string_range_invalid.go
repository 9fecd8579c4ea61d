package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8c世\xf0\x9f"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, r := range "\xc0\x80" {
		fmt.Printf("%U ", r)
	}
	fmt.Println()
}
