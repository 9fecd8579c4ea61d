package main

import "fmt"

type Msg string

func main() {
	m := Msg("hi there")
	fmt.Println("msg:", m)
	panic(m)
}
