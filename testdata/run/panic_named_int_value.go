package main

import "fmt"

type Level int

func main() {
	fmt.Println("panic with a named int and a plain bool elsewhere")
	var lv Level = 7
	panic(lv)
}
