package main

import "fmt"

type T struct{ a int }

func main() {
	var p *T
	var ip *int
	println(p == nil, ip)
	println(p)
	var e error
	println(e == nil)
	println("string with spaces", "", "end")
	s := []int{1}
	println(len(s), cap(s))
	var sn []int
	println(sn == nil)
	var m map[string]int
	println(m == nil, len(m))
	fmt.Println("done on stdout")
	print("no newline")
	print("\n")
	println(true && false, !true)
}
