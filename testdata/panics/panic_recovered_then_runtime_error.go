package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		parts := []string{"a"}
		fmt.Println(parts[len(r.(string))])
	}()
	panic("abc")
}
