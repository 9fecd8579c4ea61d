package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Printf("%d %c %U %d\n", i, r, r, len(string(r)))
	}
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count)
	s := "abc"
	for i := range s {
		s = "zzzzzz"
		fmt.Print(i)
	}
	fmt.Println(" ", s)
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(string(last))
}
