package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -3 {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	n := 4
	for i := range n {
		n = 10
		fmt.Print(i)
	}
	fmt.Println(" n =", n)
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
}
