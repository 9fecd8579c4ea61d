package main

import "fmt"

func main() {
	x := fmt.Println("hi") // ERROR "assignment mismatch: 1 variable but fmt\.Println returns 2 values"
	_ = x
}
